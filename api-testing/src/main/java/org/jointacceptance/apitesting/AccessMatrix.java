package org.jointacceptance.apitesting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.jointacceptance.apitesting.ApiOperations.ApiOperation;
import org.jointacceptance.apitesting.ApiOperations.Parameter;
import org.jointacceptance.infrastructure.testing.TestTokens;
import org.jointacceptance.infrastructure.tokens.User;
import org.junit.jupiter.api.DynamicTest;

/**
 * Who may call which endpoint of a service, checked cell by cell against the service's own OpenAPI document: every
 * operation must have a rule, and each sample user (one per role) and an anonymous caller are tried on each. A user
 * whose roles the rule names must get past the access check (any answer but 401 and 403); any other user gets 403, an
 * anonymous caller 401. Public operations answer anyone.
 */
public final class AccessMatrix {

    private static final String PUBLIC = "(public)";
    private static final String ANY_ROLE = "(any role)";
    /**
     * HTTP/1.1 as the services' callers speak it: the client's default, an upgrade to HTTP/2 over cleartext, now and
     * then met a connection the server had just closed (EOF, or a request left unanswered) on a busy machine.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<String, Set<String>> rules = new LinkedHashMap<>();

    /** {@code operation} is the method and path as the document spells them: {@code "GET /applications/{id}"}. */
    public AccessMatrix allow(String operation, String... roles) {
        if (rules.putIfAbsent(operation, Set.of(roles)) != null) {
            throw new IllegalArgumentException("Two rules for " + operation);
        }
        return this;
    }

    /** Anyone signed in, whatever their role. */
    public AccessMatrix allowAnyRole(String operation) {
        return allow(operation, ANY_ROLE);
    }

    /** Anyone, signed in or not. */
    public AccessMatrix allowEveryone(String operation) {
        return allow(operation, PUBLIC);
    }

    /**
     * The tests: one that the rules name exactly the document's operations, and one per operation and caller.
     *
     * @param service the running service's base URI
     * @param users one sample user per role
     */
    public Stream<DynamicTest> check(URI service, List<User> users) {
        Map<String, ApiOperation> operations = new LinkedHashMap<>();
        ApiOperations.of(OpenApiDocument.fetch()).forEach(operation -> operations.put(operation.toString(), operation));
        DynamicTest complete = DynamicTest.dynamicTest("every operation has a rule", () -> {
            Set<String> unruled = new TreeSet<>(operations.keySet());
            unruled.removeAll(rules.keySet());
            Set<String> stale = new TreeSet<>(rules.keySet());
            stale.removeAll(operations.keySet());
            assertTrue(unruled.isEmpty(), "operations without an access rule: " + unruled);
            assertTrue(stale.isEmpty(), "rules for operations the service does not have: " + stale);
        });
        List<DynamicTest> cells = new ArrayList<>();
        operations.forEach((name, operation) -> {
            Set<String> allowed = rules.get(name);
            if (allowed == null) {
                return;
            }
            for (User user : users) {
                boolean expected = allowed.contains(PUBLIC) || allowed.contains(ANY_ROLE)
                        || user.roles().stream().anyMatch(allowed::contains);
                cells.add(DynamicTest.dynamicTest(name + " as " + String.join("+", user.roles()),
                        () -> expect(service, operation, TestTokens.of(user), expected)));
            }
            cells.add(DynamicTest.dynamicTest(name + " anonymously",
                    () -> expect(service, operation, null, allowed.contains(PUBLIC))));
        });
        return Stream.concat(Stream.of(complete), cells.stream());
    }

    private static void expect(URI service, ApiOperation operation, String token, boolean allowed)
            throws IOException, InterruptedException {
        int status = call(service, operation, token);
        if (allowed) {
            assertTrue(status != 401 && status != 403, operation + " should be allowed, answered " + status);
        } else {
            assertEquals(token == null ? 401 : 403, status, operation + " should be refused");
        }
    }

    /** Calls the operation with made-up parameters and an empty body, and returns the status line's code. */
    private static int call(URI service, ApiOperation operation, String token)
            throws IOException, InterruptedException {
        String method = operation.method();
        String path = operation.path();
        for (Parameter parameter : operation.in("path")) {
            path = path.replace("{" + parameter.name() + "}", sample(parameter.schema()));
        }
        String contentType = operation.body() == null ? "application/json" : operation.body().mediaType();
        HttpRequest.Builder request = HttpRequest.newBuilder(service.resolve(path)).timeout(Duration.ofSeconds(20))
                .method(method, method.equals("GET") || method.equals("DELETE")
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(contentType.contains("json") ? "{}" : ""));
        if (!method.equals("GET") && !method.equals("DELETE")) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        response.body().close(); // a live stream answers its headers and never ends
        return response.statusCode();
    }

    private static String sample(JsonNode schema) {
        String format = schema.path("format").asText("");
        return switch (schema.path("type").asText("string")) {
            case "integer", "number" -> "2026";
            default -> switch (format) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date" -> "2026-06-01";
                default -> "sample";
            };
        };
    }
}
