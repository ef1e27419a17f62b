package org.jointacceptance.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * The local run's identity secrets, made up on its first start and kept in its data folder (never in the repository):
 * Keycloak's administrator password, the sample users' password, and the portal's client secret.
 */
record KeycloakSecrets(String adminPassword, String samplePassword, String portalClientSecret) {

    /** Readable letters and digits: no 0/O, 1/l/I. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    static Path file(StackSettings settings) {
        return settings.dataDirectory().resolve("keycloak").resolve("secrets.properties");
    }

    /** The secrets of this data folder, made up and saved the first time. */
    static KeycloakSecrets ofDataFolder(StackSettings settings) {
        Path file = file(settings);
        if (Files.isRegularFile(file)) {
            return read(file);
        }
        KeycloakSecrets made = new KeycloakSecrets(random(20), random(10), random(32));
        made.write(file);
        return made;
    }

    /** The secrets of a data folder whose system has started before. */
    static KeycloakSecrets read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return new KeycloakSecrets(properties.getProperty("admin-password"),
                properties.getProperty("sample-password"), properties.getProperty("portal-client-secret"));
    }

    private void write(Path file) {
        Properties properties = new Properties();
        properties.setProperty("admin-password", adminPassword);
        properties.setProperty("sample-password", samplePassword);
        properties.setProperty("portal-client-secret", portalClientSecret);
        try {
            Files.createDirectories(file.getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer writer = Files.newBufferedWriter(file)) {
                properties.store(writer, "Keycloak of the local run: admin user 'admin'; sample users' password");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static String random(int length) {
        StringBuilder secret = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            secret.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return secret.toString();
    }
}
