package org.jointacceptance.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local run's PostgreSQL waits for each commit to be on disk, so that a crash loses nothing the services
 * acknowledged; the tests' throwaway databases do not, and say so.
 */
class EmbeddedPostgresServerTest {

    @Test
    void the_local_runs_database_keeps_every_commit_on_disk_and_a_tests_database_does_not(@TempDir Path data)
            throws SQLException {
        assertThat(setting(data.resolve("local"), EmbeddedPostgresServer.Durability.DURABLE, "synchronous_commit"))
                .isEqualTo("on");
        assertThat(setting(data.resolve("test"), EmbeddedPostgresServer.Durability.DISPOSABLE, "synchronous_commit"))
                .isEqualTo("off");
    }

    private static String setting(Path directory, EmbeddedPostgresServer.Durability durability, String name)
            throws SQLException {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(directory, 0, durability);
                Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"),
                        EmbeddedPostgresServer.USER, null);
                Statement statement = connection.createStatement();
                ResultSet shown = statement.executeQuery("show " + name)) {
            shown.next();
            return shown.getString(1);
        }
    }
}
