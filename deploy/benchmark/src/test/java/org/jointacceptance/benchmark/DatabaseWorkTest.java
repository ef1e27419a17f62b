package org.jointacceptance.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jointacceptance.infrastructure.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseWorkTest {

    @TempDir
    Path data;

    @Test
    void countsWhatEachDatabaseRanBetweenTwoSamplesAndNamesTheLongestStatements() throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(data, 0,
                EmbeddedPostgresServer.Durability.DURABLE)) {
            postgres.createDatabase("department_fire");
            String fire = postgres.jdbcUrl("department_fire");
            try (Connection connection = DriverManager.getConnection(fire, EmbeddedPostgresServer.USER, "");
                    Statement statement = connection.createStatement()) {
                statement.execute("create table checklist_item (code text primary key, mark text)");
                statement.execute("insert into checklist_item values ('F-01', null), ('F-02', null)");
            }
            DatabaseWork database = new DatabaseWork(postgres.jdbcUrl("postgres"), EmbeddedPostgresServer.USER);
            DatabaseWork.Sample before = database.sample();

            try (Connection connection = DriverManager.getConnection(fire, EmbeddedPostgresServer.USER, "")) {
                connection.setAutoCommit(false);
                try (PreparedStatement mark = connection.prepareStatement(
                        "update checklist_item set mark = ? where code = ?")) {
                    for (int i = 0; i < 3; i++) {
                        mark.setString(1, "PASS");
                        mark.setString(2, "F-0" + (1 + i % 2));
                        mark.executeUpdate();
                        connection.commit();
                    }
                }
            }
            DatabaseWork.Work work = database.sample().since(before);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while ((work.commits().getOrDefault("department_fire", 0L) < 3 || work.wal().flushes() < 3)
                    && System.nanoTime() < deadline) {
                Thread.sleep(100); // a backend reports its commits and its log to PostgreSQL's statistics a little later
                work = database.sample().since(before);
            }

            assertThat(work.statements()).containsExactly(Map.entry("department_fire", 3L));
            // the database's own upkeep (autovacuum) commits there too
            assertThat(work.commits().get("department_fire")).isGreaterThanOrEqualTo(3L);
            // each durable commit of a change waited for its log to reach the disk
            assertThat(work.wal().flushes()).isGreaterThanOrEqualTo(3L);
            assertThat(work.wal().bytes()).isPositive();
            assertThat(work.longest(1)).singleElement().satisfies(longest -> {
                assertThat(longest.getKey().database()).isEqualTo("department_fire");
                assertThat(longest.getValue().text()).startsWith("update checklist_item set mark = $1");
                assertThat(longest.getValue().calls()).isEqualTo(3);
                assertThat(longest.getValue().millis()).isPositive();
            });
            assertThat(work.executionMillis()).isEqualTo(work.longest(1).get(0).getValue().millis());
        }
    }

    @Test
    void aLongStatementKeepsItsBeginningAndTheEndThatNamesItsTablesAndConditions() {
        String columns = "i1_0.id,i1_0.address,i1_0.application_id,i1_0.assigned_at,i1_0.assigned_by,i1_0.assignee,"
                .repeat(4);
        String query = "select " + columns + "i1_0.state from inspection i1_0 where i1_0.application_id=$1";

        String shown = DatabaseWork.shortened(query);

        assertThat(shown).startsWith("select i1_0.id,i1_0.address").contains(" ... ")
                .endsWith("from inspection i1_0 where i1_0.application_id=$1").hasSizeLessThan(query.length());
        assertThat(DatabaseWork.shortened("select 1")).isEqualTo("select 1");
    }
}
