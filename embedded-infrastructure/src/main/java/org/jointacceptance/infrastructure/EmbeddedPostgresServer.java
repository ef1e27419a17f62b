package org.jointacceptance.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL server from binaries shipped on Maven Central, keeping its data in a folder of ours. */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";

    /**
     * What a commit waits for. {@code DURABLE}: its WAL on disk ({@code synchronous_commit=on}), so that a crash of
     * PostgreSQL or of the machine loses nothing the services acknowledged; the local run, which a small office may
     * really use. {@code DISPOSABLE}: not ({@code synchronous_commit=off}; a crash may lose the last commits, never
     * corrupt the data), for the tests' throwaway databases.
     */
    public enum Durability {
        DURABLE, DISPOSABLE
    }

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on {@code port} (0 picks a free one) with its data in {@code dataDirectory}; an existing
     * cluster there is reused, so data survives a restart.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, Durability durability) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port == 0 ? FreePorts.pick() : FreePorts.requireFree(port, "PostgreSQL"))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", durability == Durability.DURABLE ? "on" : "off")
                    .start();
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates {@code database} unless it exists; each service owns one database. */
    public void createDatabase(String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            Databases.createIfMissing(connection, database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
