package org.jointacceptance.acceptance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * What the service has stored, table by table: the number of rows and a digest of them all, so that two snapshots
 * are equal only when nothing was added, removed or changed.
 */
final class DatabaseSnapshot {

    private DatabaseSnapshot() {
    }

    static Map<String, String> of(DataSource dataSource) {
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
                tables.put(name, digest(statement, name));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database", e);
        }
        return tables;
    }

    private static String digest(Statement statement, String table) throws SQLException {
        // the relay's purge deletes events published long ago whenever it runs: what matters is that none is added
        String query = table.equals("outbox_event")
                ? "select count(*) filter (where published_at is null), coalesce(max(id)::text, '') from outbox_event"
                : "select count(*), coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from \"" + table + "\" t";
        try (ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return table.equals("outbox_event") ? "unpublished " + rows.getLong(1) + ", last " + rows.getString(2)
                    : rows.getLong(1) + " rows, md5 " + rows.getString(2);
        }
    }
}
