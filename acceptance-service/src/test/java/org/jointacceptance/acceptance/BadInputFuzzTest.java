package org.jointacceptance.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import net.jqwik.api.sessions.JqwikSession;
import org.jboss.logging.Logger;
import org.jointacceptance.acceptance.ApiOperations.ApiOperation;
import org.jointacceptance.acceptance.BadRequests.BadRequest;
import org.jointacceptance.acceptance.material.MaterialStore;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.TestTokens;
import org.jointacceptance.infrastructure.tokens.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random and mutated requests to every operation of the service's own API document: each is answered,
 * never with a server error, every refusal is an {@code application/problem+json} with its type and status, and what
 * was stored before is unchanged afterwards, row for row.
 *
 * <p>jqwik draws the requests ({@link BadRequests}). Its {@code @Property} cannot run inside a {@code @QuarkusTest},
 * which starts the application only for JUnit Jupiter tests, so the requests are drawn in a jqwik session with a
 * seed: a failure names it, and {@code -Dfuzz.seed=...} draws the same requests again.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class BadInputFuzzTest {

    /** Requests per operation: the document's two dozen operations make some 4,700 requests in about 30 seconds. */
    private static final int TRIES_PER_OPERATION = 200;
    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = Logger.getLogger(BadInputFuzzTest.class);

    @Inject
    MutableClock clock;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL root;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> violations = new ArrayList<>();
    private final Map<Integer, Integer> answered = new TreeMap<>();

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void every_operation_answers_bad_input_with_a_problem_and_changes_nothing_stored() {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
        Map<String, String> real = seedAcceptedApplication();
        List<ApiOperation> operations = ApiOperations.of(OpenApiDocument.fetch());
        assertThat(operations).as("operations in the API document").hasSizeGreaterThan(20);
        String seed = System.getProperty("fuzz.seed", Long.toString(new Random().nextLong()));
        Map<String, String> stored = settledSnapshot();

        int sent = 0;
        JqwikSession.start(seed);
        try {
            for (ApiOperation operation : operations) {
                for (BadRequest request : BadRequests.to(operation, real).sampleStream().limit(TRIES_PER_OPERATION)
                        .toList()) {
                    check(operation, request);
                    sent++;
                }
                Map<String, String> after = DatabaseSnapshot.of(dataSource);
                if (!after.equals(stored)) {
                    violations.add(operation + " changed what was stored in " + changedTables(stored, after));
                    stored = after;
                }
            }
        } finally {
            JqwikSession.finish();
        }
        sent += unlistedMethods(operations, real);

        LOG.infof("%d bad requests drawn with -Dfuzz.seed=%s were answered %s (status=count)", sent, seed, answered);
        assertThat(sent).isGreaterThan(4_000);
        assertThat(answered).as("the limits the requests reach").containsKeys(400, 404, 405, 413, 415);
        assertThat(violations).as("with -Dfuzz.seed=" + seed).isEmpty();
    }

    /**
     * A method the document does not list for a path is refused, whatever the body: as not allowed, or as not found
     * where RESTEasy Reactive matches the path to a resource class other than the one holding the path's methods
     * (a path under {@code /applications/{id}} served by a class of its own).
     */
    private int unlistedMethods(List<ApiOperation> operations, Map<String, String> real) {
        Map<String, ApiOperation> paths = new LinkedHashMap<>();
        operations.forEach(operation -> paths.putIfAbsent(operation.path(), operation));
        int sent = 0;
        for (ApiOperation listed : paths.values()) {
            String path = listed.path();
            for (var parameter : listed.in("path")) {
                path = path.replace("{" + parameter.name() + "}", BadRequests.encode(real.get(parameter.name())));
            }
            for (String method : HTTP_METHODS) {
                if (ApiOperations.methodsOf(operations, listed.path()).contains(method)) {
                    continue;
                }
                BadRequest request = new BadRequest("method not listed", method, path, "", "application/json", "",
                        "{}".getBytes(StandardCharsets.US_ASCII));
                HttpResponse<String> answer = send(request, Actors.COORDINATOR);
                if (answer != null && answer.statusCode() != 405 && answer.statusCode() != 404) {
                    violations.add(request + " answered " + answer.statusCode() + " instead of 405");
                }
                checkProblem(request, answer);
                sent++;
            }
        }
        return sent;
    }

    /** Sent by someone the operation allows, so that it is the input that is refused, not the caller. */
    private void check(ApiOperation operation, BadRequest request) {
        HttpResponse<String> answer = send(request, Actors.whoMakes(operation.method(), operation.path()));
        if (answer == null) {
            return;
        }
        int status = answer.statusCode();
        if (status >= 500) {
            violations.add(request + " answered " + status + ": " + shortened(answer.body()));
        } else if (operation.changesState() && status < 400) {
            violations.add(request + " is invalid, yet answered " + status + ": " + shortened(answer.body()));
        }
        checkProblem(request, answer);
    }

    /** A refusal says what is wrong as a problem: its type, and the status it was answered with. */
    private void checkProblem(BadRequest request, HttpResponse<String> answer) {
        if (answer == null || answer.statusCode() < 400) {
            return;
        }
        String contentType = answer.headers().firstValue("Content-Type").orElse("");
        if (!contentType.startsWith("application/problem+json")) {
            violations.add(request + " answered " + answer.statusCode() + " as '" + contentType + "': " + answer.body());
            return;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (problem.path("type").asText("").isBlank() || problem.path("status").asInt() != answer.statusCode()
                    || answer.body().contains("Exception")) {
                violations.add(request + " answered " + answer.statusCode() + " with the problem " + answer.body());
            }
        } catch (IOException e) {
            violations.add(request + " answered " + answer.statusCode() + " with a problem that is not JSON: "
                    + answer.body());
        }
    }

    private static String shortened(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private HttpResponse<String> send(BadRequest request, User sender) {
        URI uri = URI.create(root.toString().replaceAll("/$", "") + request.path()
                + (request.query().isEmpty() ? "" : "?" + request.query()));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        if (!request.accept().isEmpty()) {
            builder.header("Accept", request.accept());
        }
        builder.header("Authorization", "Bearer " + TestTokens.of(sender));
        try {
            HttpResponse<String> answer = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            answered.merge(answer.statusCode(), 1, Integer::sum);
            return answer;
        } catch (IOException e) {
            violations.add(request + " got no answer: " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * One application accepted at the window, with its section and a material: the real values every path and
     * required query parameter takes when it is not the one made bad.
     */
    private Map<String, String> seedAcceptedApplication() {
        JsonPath accepted = ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProject("Whole project"));
        assertThat(accepted.getString("status")).isEqualTo("IN_INSPECTION");
        return Map.of(
                "id", accepted.getString("id"),
                "sectionId", accepted.getString("sections[0].id"),
                "sha256", MaterialStore.sha256(ApplicationRequests.PDF),
                "number", "DL-LHYS-2026-" + UUID.randomUUID(),
                "year", "2026",
                "date", "2026-06-01");
    }

    private static List<String> changedTables(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(table -> !after.get(table).equals(before.get(table)))
                .map(table -> table + " (" + before.get(table) + " -> " + after.get(table) + ")").toList();
    }

    /** What is stored once the application's events are published and nothing moves any more. */
    private Map<String, String> settledSnapshot() {
        AtomicReference<Map<String, String>> previous = new AtomicReference<>(DatabaseSnapshot.of(dataSource));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Map<String, String> now = DatabaseSnapshot.of(dataSource);
            boolean settled = now.equals(previous.get()) && now.get("outbox_event").startsWith("unpublished 0,");
            previous.set(now);
            return settled;
        });
        return previous.get();
    }
}
