package org.jointacceptance.infrastructure.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

import org.jointacceptance.infrastructure.Databases;
import org.jointacceptance.infrastructure.EmbeddedKafkaBroker;
import org.jointacceptance.infrastructure.EmbeddedPostgresServer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The Kafka broker and PostgreSQL server of one test JVM: containers where a Docker engine runs, the embedded
 * servers everywhere else. Started on first use, stopped when the JVM exits.
 */
public final class TestInfrastructure {

    private static TestInfrastructure instance;

    private final String bootstrapServers;
    private final String jdbcServerUrl;
    private final String username;
    private final String password;

    private TestInfrastructure(String bootstrapServers, String jdbcServerUrl, String username, String password) {
        this.bootstrapServers = bootstrapServers;
        this.jdbcServerUrl = jdbcServerUrl;
        this.username = username;
        this.password = password;
    }

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            instance = dockerAvailable() ? startContainers() : startEmbedded();
        }
        return instance;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** The JDBC URL of {@code database}, created on first request. */
    public String jdbcUrl(String database) {
        try (Connection connection = DriverManager.getConnection(jdbcServerUrl + "postgres", username, password)) {
            Databases.createIfMissing(connection, database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + database, e);
        }
        return jdbcServerUrl + database;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static TestInfrastructure startContainers() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:16-alpine");
        kafka.start();
        postgres.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            postgres.stop();
        }, "test-containers-stop"));
        String serverUrl = "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(5432) + "/";
        return new TestInfrastructure(kafka.getBootstrapServers(), serverUrl, postgres.getUsername(),
                postgres.getPassword());
    }

    private static TestInfrastructure startEmbedded() {
        try {
            Path directory = Files.createTempDirectory("joint-acceptance-test-");
            EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(directory.resolve("postgres"), 0,
                    EmbeddedPostgresServer.Durability.DISPOSABLE);
            EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(directory.resolve("kafka"), 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.close();
                postgres.close();
                deleteRecursively(directory);
            }, "embedded-infrastructure-stop"));
            return new TestInfrastructure(kafka.bootstrapServers(), "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/",
                    EmbeddedPostgresServer.USER, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
