package org.jointacceptance.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the services asked of PostgreSQL, read from its own statistics: the statements each database ran
 * ({@code pg_stat_statements}, which the stack's PostgreSQL loads; queries and changes, not BEGIN, COMMIT or SET),
 * with their calls and execution time, the transactions each committed ({@code pg_stat_database}; a read outside any
 * transaction is one too), and the write-ahead log the whole server wrote and flushed to disk ({@code pg_stat_wal}: a
 * durable commit of a change waits for a flush, and concurrent ones share it). A step's work is the difference of two
 * samples. The samples are read in the database {@code postgres}, which no service uses, and its own work is left
 * out.
 */
final class DatabaseWork {

    /**
     * How much of a long statement's text the report keeps: its beginning and its end, where a generated query names
     * its tables and conditions. Enough to tell which statement it is.
     */
    private static final int QUERY_BEGINNING = 60;
    private static final int QUERY_END = 140;

    private final String jdbcUrl;
    private final String user;

    DatabaseWork(String jdbcUrl, String user) throws SQLException {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
        }
    }

    /** One statement of one database, as PostgreSQL identifies it. */
    record Query(String database, long id) {
    }

    /** A statement's calls and execution time so far, and its text. */
    record Calls(String text, long calls, double millis) {
    }

    /** The server's write-ahead log so far: bytes written and flushes to disk. */
    record Wal(long bytes, long flushes) {

        Wal since(Wal earlier) {
            return new Wal(bytes - earlier.bytes, flushes - earlier.flushes);
        }
    }

    /** Every database's commits so far, every statement's calls, and the write-ahead log. */
    record Sample(Map<String, Long> commits, Map<Query, Calls> statements, Wal wal) {

        /** What ran between {@code earlier} and this sample. */
        Work since(Sample earlier) {
            Map<String, Long> commitsSince = new TreeMap<>();
            commits.forEach((database, count) -> commitsSince.put(database,
                    count - earlier.commits.getOrDefault(database, 0L)));
            Map<String, Long> statementsSince = new TreeMap<>();
            Map<Query, Calls> callsSince = new HashMap<>();
            statements.forEach((query, now) -> {
                Calls before = earlier.statements.getOrDefault(query, new Calls(now.text, 0, 0));
                long calls = now.calls - before.calls;
                if (calls > 0) {
                    callsSince.put(query, new Calls(now.text, calls, now.millis - before.millis));
                    statementsSince.merge(query.database, calls, Long::sum);
                }
            });
            commitsSince.values().removeIf(count -> count <= 0);
            return new Work(commitsSince, statementsSince, callsSince, wal.since(earlier.wal));
        }
    }

    /** What ran over a while: commits and statements by database, each statement's calls, the log written. */
    record Work(Map<String, Long> commits, Map<String, Long> statements, Map<Query, Calls> calls, Wal wal) {

        long allCommits() {
            return commits.values().stream().mapToLong(Long::longValue).sum();
        }

        long allStatements() {
            return statements.values().stream().mapToLong(Long::longValue).sum();
        }

        /** The time PostgreSQL spent executing the statements, in all. */
        double executionMillis() {
            return calls.values().stream().mapToDouble(Calls::millis).sum();
        }

        /** The {@code count} statements that took PostgreSQL the longest in all, longest first. */
        List<Map.Entry<Query, Calls>> longest(int count) {
            return calls.entrySet().stream()
                    .sorted(Comparator.comparingDouble((Map.Entry<Query, Calls> each) -> each.getValue().millis)
                            .reversed())
                    .limit(count).toList();
        }
    }

    Sample sample() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
                Statement statement = connection.createStatement()) {
            Map<String, Long> commits = new HashMap<>();
            try (ResultSet rows = statement.executeQuery(
                    "select datname, xact_commit from pg_stat_database where datname <> current_database()")) {
                while (rows.next()) {
                    commits.put(rows.getString(1), rows.getLong(2));
                }
            }
            Map<Query, Calls> statements = new HashMap<>();
            try (ResultSet rows = statement.executeQuery("""
                    select d.datname, s.queryid, regexp_replace(s.query, '\\s+', ' ', 'g'),
                           sum(s.calls), sum(s.total_exec_time)
                    from pg_stat_statements s join pg_database d on d.oid = s.dbid
                    where d.datname <> current_database()
                    group by d.datname, s.queryid, s.query""")) {
                while (rows.next()) {
                    statements.merge(new Query(rows.getString(1), rows.getLong(2)),
                            new Calls(shortened(rows.getString(3)), rows.getLong(4), rows.getDouble(5)),
                            (one, other) -> new Calls(one.text, one.calls + other.calls, one.millis + other.millis));
                }
            }
            Wal wal;
            try (ResultSet row = statement.executeQuery("select wal_bytes, wal_sync from pg_stat_wal")) {
                row.next();
                wal = new Wal(row.getLong(1), row.getLong(2));
            }
            return new Sample(commits, statements, wal);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL's statistics could not be read", e);
        }
    }

    static String shortened(String query) {
        return query.length() <= QUERY_BEGINNING + QUERY_END ? query
                : query.substring(0, QUERY_BEGINNING) + " ... " + query.substring(query.length() - QUERY_END);
    }
}
