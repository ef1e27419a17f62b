package org.jointacceptance.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The services' ahead-of-time caches (JDK 25, JEPs 483 and 515): for each application, a file of its classes as a
 * start loaded, verified and linked them, so that the next start need not do it again. Half of a department-service's
 * start went on classes (docs/performance.md); from its cache it starts on about half the CPU. The first instance of
 * an application started without a current cache records one, written as it stops; every later start uses it, until
 * a build changes the application. The caches need the services on a JDK 25 or later (found as Keycloak's is);
 * without one, they run on the launcher's JDK as they are.
 */
final class AheadOfTimeCache {

    /** Names a JDK for the services when neither JAVA_HOME nor an installed JDK is recent enough. */
    static final String JDK_VARIABLE = "JA_SERVICE_JAVA_HOME";
    private static final int JDK_VERSION = 25;

    private final Path home;
    private final Path jdk;
    private final Set<String> recorded = ConcurrentHashMap.newKeySet();

    AheadOfTimeCache(Path home, Path jdk) {
        this.home = home;
        this.jdk = jdk;
    }

    /** The caches of the applications under {@code home}, if this machine has a JDK to use them with. */
    static Optional<AheadOfTimeCache> find(Path home, Map<String, String> environment) {
        return JavaHomes.atLeast(JDK_VERSION, JDK_VARIABLE, environment).map(jdk -> new AheadOfTimeCache(home, jdk));
    }

    /** The JDK the services run on. */
    Path java() {
        return jdk.resolve("bin/java");
    }

    /**
     * The JVM options of an instance of {@code module} about to start: its cache when current; else, for the first
     * instance, the cache to record; else none.
     */
    List<String> options(String module) {
        Path cache = home.resolve(module).resolve("target/aot/" + module + ".aot");
        if (isCurrent(cache, home.resolve(module).resolve("target/quarkus-app"))) {
            // mapped where it was written, the cache's read-only part stays the file's pages, one copy in memory for
            // all instances (seven department-services: about 300 MiB less); relocated, as the JDK does by default for
            // address space randomisation, every instance holds a private copy of it
            return List.of("-XX:AOTCache=" + cache, "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");
        }
        if (!recorded.add(module)) {
            return List.of();
        }
        try {
            Files.createDirectories(cache.getParent());
            Files.deleteIfExists(cache);
            Files.deleteIfExists(configuration(cache));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + cache, e);
        }
        // writing acceptance-service's cache takes more than the services' usual cap on class metadata
        return List.of("-XX:AOTCacheOutput=" + cache, "-XX:MaxMetaspaceSize=512m");
    }

    /** Whether options of an instance start it from its cache. */
    static boolean startsFromCache(List<String> options) {
        return options.stream().anyMatch(option -> option.startsWith("-XX:AOTCache="));
    }

    /** Whether options of an instance record a cache, which it writes as it stops (taking some seconds). */
    static boolean records(List<String> options) {
        return options.stream().anyMatch(option -> option.startsWith("-XX:AOTCacheOutput="));
    }

    /**
     * Whether {@code cache} was written in full (the JDK deletes the configuration it writes it from once it has)
     * after every file of the application it is for.
     */
    private static boolean isCurrent(Path cache, Path application) {
        if (!Files.isRegularFile(cache) || Files.exists(configuration(cache))) {
            return false;
        }
        try (Stream<Path> files = Files.walk(application)) {
            FileTime written = Files.getLastModifiedTime(cache);
            return files.filter(Files::isRegularFile).allMatch(file -> modified(file).compareTo(written) < 0);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** The JDK's own name for the class list it writes first, beside the cache. */
    private static Path configuration(Path cache) {
        return cache.resolveSibling(cache.getFileName() + ".config");
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
