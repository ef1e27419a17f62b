package org.jointacceptance.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private final Path dataDirectory;
    /** The postmaster started again after a crash, which this server stops on close. */
    private Process restarted;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
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
                    // what each statement costs (not counting BEGIN, COMMIT or SET), for the benchmark and for anyone
                    // asking the running system
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track_utility", "off")
                    .setServerConfig("synchronous_commit", durability == Durability.DURABLE ? "on" : "off")
                    .start();
            return new EmbeddedPostgresServer(postgres, dataDirectory);
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

    /**
     * Crashes PostgreSQL: its postmaster and every process of it killed at once ({@code kill -9}), nothing shut down.
     * Then starts it again as it was started (its {@code postmaster.opts}: the same port, data and settings); it
     * recovers from its write-ahead log. Returns once it takes connections again.
     */
    public void crash() {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
            String options = Files.readString(dataDirectory.resolve("postmaster.opts")).strip(); // postgres "-D" "..."
            List<String> command = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                // PostgreSQL refuses to run as root: it starts in a user namespace, as the embedded library starts it
                command.addAll(List.of("unshare", "-U"));
            }
            command.add(options.substring(0, options.indexOf(" \"")).strip());
            Matcher argument = Pattern.compile("\"([^\"]*)\"").matcher(options);
            while (argument.find()) {
                command.add(argument.group(1));
            }
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            List<ProcessHandle> processes = new ArrayList<>(postmaster.descendants().toList());
            processes.add(0, postmaster);
            processes.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle process : processes) {
                process.onExit().get(30, TimeUnit.SECONDS);
            }
            restarted = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDirectory.resolve("restarted.log").toFile()))
                    .start();
            awaitConnections(Duration.ofMinutes(2));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot crash PostgreSQL in " + dataDirectory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("PostgreSQL's processes did not end when killed", e);
        }
    }

    private void awaitConnections(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                return;
            } catch (SQLException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL takes no connections after its restart; see "
                            + dataDirectory.resolve("restarted.log"), e);
                }
                Thread.sleep(200);
            }
        }
    }

    @Override
    public void close() {
        if (restarted != null) {
            restarted.destroy(); // a smart shutdown: the services are gone by now
            try {
                if (!restarted.waitFor(30, TimeUnit.SECONDS)) {
                    restarted.destroyForcibly();
                }
            } catch (InterruptedException e) {
                restarted.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
