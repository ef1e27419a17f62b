package org.jointacceptance.apitesting;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * What a service has stored, table by table: the number of rows and a digest of them all, so that two snapshots
 * are equal only when nothing was added, removed or changed.
 */
public final class DatabaseSnapshot {

    /** The messaging module's outbox, which its relay marks published and purges on its own. */
    static final String OUTBOX = "outbox_event";

    /**
     * The access module's audit log, which records every refused request by design (a bad request may land on a
     * path another role holds: {@code .../x/../reopening}): what matters is that nothing else is recorded.
     */
    static final String AUDIT = "audit_entry";

    private DatabaseSnapshot() {
    }

    /** Every table of the current schema. */
    public static Map<String, String> of(DataSource dataSource) {
        return of(dataSource, Set.of());
    }

    /** Every table of the current schema but {@code excluded}: tables that change with no request at all. */
    public static Map<String, String> of(DataSource dataSource, Set<String> excluded) {
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                if (!excluded.contains(name)) {
                    tables.put(name, digest(statement, name));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database", e);
        }
        return tables;
    }

    /** Whether every event in the outbox, if the service has one, is published. */
    static boolean outboxPublished(Map<String, String> snapshot) {
        return !snapshot.containsKey(OUTBOX) || snapshot.get(OUTBOX).startsWith("unpublished 0,");
    }

    private static String digest(Statement statement, String table) throws SQLException {
        // the relay's purge deletes events published long ago whenever it runs: what matters is that none is added
        String query = table.equals(OUTBOX)
                ? "select count(*) filter (where published_at is null), coalesce(max(id)::text, '') from outbox_event"
                : "select count(*), coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from \"" + table + "\" t"
                        + (table.equals(AUDIT) ? " where action not in ('ACCESS_REFUSED', 'AUTHENTICATION_FAILED')" : "");
        try (ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return table.equals(OUTBOX) ? "unpublished " + rows.getLong(1) + ", last " + rows.getString(2)
                    : rows.getLong(1) + " rows, md5 " + rows.getString(2);
        }
    }
}
