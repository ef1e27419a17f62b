package org.jointacceptance.local;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jointacceptance.infrastructure.tokens.User;

/**
 * {@code ./run token ROLE NAME [CREDIT-CODE | DEPARTMENT]}: a token from the running system's Keycloak, for a sample
 * user or anyone else (made in the realm, with the sample users' password, the first time).
 */
public final class IssueToken {

    private static final String USAGE = """
            Usage: ./run token ROLE NAME [CREDIT-CODE | DEPARTMENT]
              ./run token applicant zhou.qiang 91210202MA0Y5T2X1U
              ./run token inspector zhao.min fire
              ./run token lead sun.hao fire
              ./run token coordinator liu.yang
              ./run token lead-center gao.jian
              ./run token supervisor chen.jing""";

    private IssueToken() {
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("jointacceptance.home", ".")).toAbsolutePath().normalize();
        User user;
        try {
            user = user(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        StackSettings settings = StackSettings.fromEnvironment(home, System.getenv());
        Path secrets = KeycloakSecrets.file(settings);
        if (!Files.isRegularFile(secrets)) {
            System.err.println("Start the system first (./run): tokens come from its Keycloak. No " + secrets + " yet.");
            System.exit(1);
            return;
        }
        try {
            String keycloak = "http://localhost:" + settings.keycloakPort();
            System.out.println(new KeycloakUsers(keycloak, KeycloakSecrets.read(secrets)).token(user));
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.err.println("Is the system running (./run)?");
            System.exit(1);
        }
    }

    static User user(String[] args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("A role and a name, please.");
        }
        String role = args[0];
        String name = args[1];
        String scope = args.length > 2 ? args[2] : null;
        return switch (role) {
            case "applicant" -> User.applicant(name, required(scope, "an applicant needs its firm's credit code"));
            case "inspector" -> User.inspector(name, required(scope, "an inspector needs a department"));
            case "lead" -> User.lead(name, required(scope, "a lead needs a department"));
            case "coordinator" -> User.coordinator(name);
            case "lead-center" -> User.leadCenter(name);
            case "supervisor" -> User.supervisor(name);
            default -> throw new IllegalArgumentException("No role '" + role + "'.");
        };
    }

    private static String required(String value, String otherwise) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing: " + otherwise + ".");
        }
        return value;
    }
}
