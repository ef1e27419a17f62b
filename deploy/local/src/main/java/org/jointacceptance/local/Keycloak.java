package org.jointacceptance.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The local run's identity provider: Keycloak, from the distribution the build unpacks, in development mode on its own
 * port, its data in the stack's PostgreSQL. On its first start it imports the realm of the sample users
 * ({@code keycloak/joint-acceptance-realm.json}); the services verify its tokens with the realm's keys.
 */
public final class Keycloak implements AutoCloseable {

    public static final String REALM = "joint-acceptance";

    /** Names a JDK for Keycloak when neither JAVA_HOME nor an installed JDK is recent enough. */
    static final String JDK_VARIABLE = "JA_KEYCLOAK_JAVA_HOME";
    private static final int JDK_VERSION = 21;
    private static final String REALM_FILE = "keycloak/joint-acceptance-realm.json";
    /**
     * Added to the options of Keycloak's start script: its threads reset their thread locals, which JDK 24 and later
     * allow only with java.lang open; compiled by C1 alone, its start takes a quarter less CPU (C2 took 45 %), and the
     * serial collector keeps its heap small (one JVM among many on a small machine); quiet at idle as the services.
     */
    private static final String JVM_OPTIONS = "--add-opens=java.base/java.lang=ALL-UNNAMED -XX:TieredStopAtLevel=1"
            + " -XX:-UseG1GC -XX:+UseSerialGC " + StackSettings.QUIET_JVM_OPTIONS;

    private final ServiceProcess process;
    private final KeycloakSecrets secrets;
    private final KeycloakUsers users;

    private Keycloak(ServiceProcess process, KeycloakSecrets secrets) {
        this.process = process;
        this.secrets = secrets;
        this.users = new KeycloakUsers(process.baseUrl(), secrets);
    }

    /**
     * Starts Keycloak on {@code port}, its database at {@code jdbcUrl}; the portal it lets users sign in to is at
     * {@code portalUrl}. Returns at once: {@link ServiceProcess#isReady()} says when the realm answers.
     */
    static Keycloak start(StackSettings settings, int port, String jdbcUrl, String user, String portalUrl,
            KeycloakSecrets secrets, Map<String, String> environment) {
        Path jdk = JavaHomes.atLeast(JDK_VERSION, JDK_VARIABLE, environment).orElseThrow(() -> new IllegalStateException(
                "Keycloak, the identity provider, needs a JDK " + JDK_VERSION + " or later, and none was found (in "
                        + JDK_VARIABLE + ", JAVA_HOME or the usual folders such as /usr/lib/jvm). Install one, "
                        + "for example Temurin 21 or 25 from adoptium.net or 'apt-get install openjdk-21-jdk-headless' "
                        + "where your system has it, and name its folder in " + JDK_VARIABLE + "."));
        Path distribution = distribution(settings.home());
        importRealm(distribution);
        List<String> command = List.of(distribution.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--hostname=http://localhost:" + port, "--import-realm",
                "--db=postgres", "--db-url=" + jdbcUrl, "--db-username=" + user);
        Map<String, String> variables = Map.of(
                "JAVA_HOME", jdk.toString(),
                "JAVA_OPTS_APPEND", (environment.getOrDefault("JAVA_OPTS_APPEND", "") + " " + JVM_OPTIONS).strip(),
                "KC_BOOTSTRAP_ADMIN_USERNAME", KeycloakUsers.ADMIN,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", secrets.adminPassword(),
                "JA_SAMPLE_PASSWORD", secrets.samplePassword(),
                "JA_PORTAL_URL", portalUrl,
                "JA_PORTAL_CLIENT_SECRET", secrets.portalClientSecret());
        ServiceProcess process = ServiceProcess.start("keycloak", command, port, variables,
                settings.dataDirectory().resolve("logs/keycloak.log"), "/realms/" + REALM + "/.well-known/openid-configuration");
        return new Keycloak(process, secrets);
    }

    /** The Keycloak distribution the build unpacked into {@code deploy/local/target/keycloak}. */
    static Path distribution(Path home) {
        Path unpacked = home.resolve("deploy/local/target/keycloak");
        String missing = "No Keycloak in " + unpacked + ": build first (./mvnw install)";
        try (Stream<Path> folders = Files.list(unpacked)) {
            return folders.filter(folder -> Files.isExecutable(folder.resolve("bin/kc.sh"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException(missing));
        } catch (IOException e) {
            throw new IllegalStateException(missing, e);
        }
    }

    /** Puts the realm file where Keycloak imports from at start; a realm that exists already is left as it is. */
    private static void importRealm(Path distribution) {
        Path target = distribution.resolve("data/import/" + REALM + "-realm.json");
        try (InputStream realm = Keycloak.class.getClassLoader().getResourceAsStream(REALM_FILE)) {
            Files.createDirectories(target.getParent());
            Files.copy(realm, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot put the realm into " + target, e);
        }
    }

    public ServiceProcess process() {
        return process;
    }

    public String url() {
        return process.baseUrl();
    }

    /** The issuer of the realm's tokens, as the services check it. */
    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    /** The realm's public keys (JWKS), with which the services verify its tokens. */
    public String keys() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public KeycloakSecrets secrets() {
        return secrets;
    }

    public KeycloakUsers users() {
        return users;
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }
}
