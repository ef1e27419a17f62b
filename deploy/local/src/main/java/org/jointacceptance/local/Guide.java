package org.jointacceptance.local;

import java.nio.file.Path;
import java.util.Map;

import org.jointacceptance.infrastructure.tokens.User;

/**
 * What the local run prints once everything is ready: where each service is, the sample users and their password and
 * tokens, and how to try a first application.
 */
final class Guide {

    private Guide() {
    }

    static String describe(LocalStack stack, StackSettings settings, Map<SampleUsers.Named, String> tokens,
            Path tokensFile) {
        StringBuilder text = new StringBuilder(System.lineSeparator());
        text.append("Joint acceptance is running. Press Ctrl-C to stop everything.").append(System.lineSeparator())
                .append(System.lineSeparator());
        text.append("  Open the portal: ").append(stack.portalUrl())
                .append(" and sign in as a sample user below.").append(System.lineSeparator())
                .append(System.lineSeparator());
        text.append(String.format("  %-30s %-24s %s%n", "service", "REST base", "API docs (Swagger UI) / health"));
        for (ServiceProcess service : stack.services()) {
            if (!service.name().equals(LocalStack.PORTAL)) {
                text.append(String.format("  %-30s %-24s %s/q/swagger-ui  %s/q/health%n", service.name(),
                        service.baseUrl(), service.baseUrl(), service.baseUrl()));
            }
        }
        Keycloak keycloak = stack.keycloak();
        text.append(System.lineSeparator())
                .append("  Keycloak ").append(keycloak.url()).append(" (realm ").append(Keycloak.REALM)
                .append("; admin console ").append(keycloak.url()).append("/admin as ").append(KeycloakUsers.ADMIN)
                .append(" / ").append(keycloak.secrets().adminPassword()).append(')').append(System.lineSeparator())
                .append("  Kafka ").append(stack.kafkaBootstrapServers())
                .append("   PostgreSQL ").append(stack.jdbcUrl("acceptance").replace("/acceptance", ""))
                .append(" (user postgres)").append(System.lineSeparator())
                .append("  Logs in ").append(settings.dataDirectory().resolve("logs")).append(System.lineSeparator())
                .append(System.lineSeparator());
        text.append("Sample users, each with the password ").append(keycloak.secrets().samplePassword())
                .append("; their tokens are in ").append(tokensFile).append(" (more: ./run token ROLE NAME ...):")
                .append(System.lineSeparator());
        tokens.keySet().forEach(sample -> text.append(String.format("  %-24s %-40s $%s%n", sample.user().name(),
                describe(sample.user()), sample.variable())));
        text.append(System.lineSeparator())
                .append("Try a first application: the README's five-minute tour. A firm's draft lists the materials")
                .append(" the window requires:").append(System.lineSeparator())
                .append("  source ").append(tokensFile).append(System.lineSeparator())
                .append("  curl -s -X POST ").append(stack.service("acceptance-service").baseUrl())
                .append("/applications -H \"Authorization: Bearer $TOKEN_APPLICANT\" -H 'Content-Type: application/json'")
                .append(" -d @docs/examples/application.json").append(System.lineSeparator());
        return text.toString();
    }

    private static String describe(User user) {
        String role = user.roles().get(user.roles().size() - 1);
        String scope = user.creditCode() != null ? " of " + user.creditCode()
                : user.department() != null ? " of " + user.department() : "";
        return role + scope;
    }
}
