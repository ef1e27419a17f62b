package org.jointacceptance.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Finds a JDK of at least a given version on this machine, for a program that needs a newer one than the services
 * run on (Keycloak needs 21 or later).
 */
final class JavaHomes {

    /** Where JDKs are usually installed, each folder holding one JDK per subfolder. */
    private static final List<String> INSTALL_FOLDERS = List.of("/usr/lib/jvm", "/usr/java", "/opt/java",
            "/Library/Java/JavaVirtualMachines", System.getProperty("user.home") + "/.sdkman/candidates/java",
            System.getProperty("user.home") + "/.jdks");

    private JavaHomes() {
    }

    /**
     * The JDK {@code variable} names, else {@code JAVA_HOME}, else the running one, else the newest installed one,
     * whichever first is at least {@code version}.
     */
    static Optional<Path> atLeast(int version, String variable, Map<String, String> environment) {
        List<Path> candidates = new ArrayList<>();
        Stream.of(environment.get(variable), environment.get("JAVA_HOME"), System.getProperty("java.home"))
                .filter(home -> home != null && !home.isBlank()).map(Path::of).forEach(candidates::add);
        candidates.addAll(installed());
        return candidates.stream().filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .filter(home -> version(home) >= version).findFirst();
    }

    /** The installed JDKs, newest first. */
    private static List<Path> installed() {
        List<Path> homes = new ArrayList<>();
        for (String folder : INSTALL_FOLDERS) {
            try (Stream<Path> children = Files.list(Path.of(folder))) {
                children.map(child -> Files.isDirectory(child.resolve("Contents/Home")) ? child.resolve("Contents/Home")
                        : child).forEach(homes::add);
            } catch (IOException e) {
                // no such folder on this machine
            }
        }
        homes.sort(Comparator.comparingInt(JavaHomes::version).reversed());
        return homes;
    }

    /** The feature version a JDK's {@code release} file names ({@code JAVA_VERSION="25.0.3"} is 25), else 0. */
    static int version(Path home) {
        Properties release = new Properties();
        try (var reader = Files.newBufferedReader(home.resolve("release"))) {
            release.load(reader);
        } catch (IOException e) {
            return 0;
        }
        String value = release.getProperty("JAVA_VERSION", "").replace("\"", "");
        String feature = value.startsWith("1.") ? value.substring(2) : value;
        try {
            return Integer.parseInt(feature.split("[.+-]")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
