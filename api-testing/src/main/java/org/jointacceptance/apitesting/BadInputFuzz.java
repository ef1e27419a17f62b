package org.jointacceptance.apitesting;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.sessions.JqwikSession;
import org.jointacceptance.apitesting.ApiOperations.ApiOperation;
import org.jointacceptance.apitesting.BadRequests.BadRequest;
import org.jointacceptance.infrastructure.testing.TestTokens;
import org.jointacceptance.infrastructure.tokens.User;

/**
 * Thousands of random and mutated requests ({@link BadRequests}) to every operation of a running service's own API
 * document, each sent by a user the operation allows, so that it is the input that is refused, not the caller. What
 * it finds wrong, it returns as violations: a server error; a refusal that is not an {@code application/problem+json}
 * with a type and the status it was answered with, or that shows an exception; a request that may change state
 * accepted although it is invalid; and what was stored before changed afterwards, compared per operation.
 *
 * <p>jqwik's {@code @Property} cannot run inside a {@code @QuarkusTest}, which starts the application only for
 * JUnit Jupiter tests, so the requests are drawn in a jqwik session with a seed: the result names it, and
 * {@code -Dfuzz.seed=...} draws the same requests again.
 */
public final class BadInputFuzz {

    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URL root;
    private final DataSource dataSource;
    private final Function<ApiOperation, User> sender;
    private RealValues real = RealValues.of(Map.of());
    private Upload upload;
    private int triesPerOperation = 200;
    private Set<String> unwatchedTables = Set.of();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> violations = new ArrayList<>();
    private final Map<Integer, Integer> answered = new TreeMap<>();

    private BadInputFuzz(URL root, DataSource dataSource, Function<ApiOperation, User> sender) {
        this.root = root;
        this.dataSource = dataSource;
        this.sender = sender;
    }

    /**
     * A fuzz test of the service at {@code root}, whose database {@code dataSource} is, each operation called by the
     * user {@code sender} names for it.
     */
    public static BadInputFuzz of(URL root, DataSource dataSource, Function<ApiOperation, User> sender) {
        return new BadInputFuzz(root, dataSource, sender);
    }

    /** What the service really has stored, for every path and required query parameter not made bad. */
    public BadInputFuzz realValues(RealValues values) {
        real = values;
        return this;
    }

    /** A valid upload to spoil, for a service that takes forms. */
    public BadInputFuzz uploads(Upload valid) {
        upload = valid;
        return this;
    }

    public BadInputFuzz triesPerOperation(int tries) {
        triesPerOperation = tries;
        return this;
    }

    /** Tables left out of the comparison: those the service writes on its own, with no request. */
    public BadInputFuzz unwatchedTables(String... tables) {
        unwatchedTables = Set.of(tables);
        return this;
    }

    /** What a run sent, with which seed, how it was answered (status and count) and what was wrong. */
    public record Result(String seed, int operations, int sent, Map<Integer, Integer> answered,
            List<String> violations) {

        public String summary() {
            return sent + " bad requests to " + operations + " operations drawn with -Dfuzz.seed=" + seed
                    + " were answered " + answered + " (status=count)";
        }
    }

    /** Draws and sends the requests once what is stored has settled, and returns what was found. */
    public Result run() {
        List<ApiOperation> operations = ApiOperations.of(OpenApiDocument.fetch());
        String seed = System.getProperty("fuzz.seed", Long.toString(new Random().nextLong()));
        Map<String, String> stored = settledSnapshot();

        int sent = 0;
        JqwikSession.start(seed);
        try {
            for (ApiOperation operation : operations) {
                for (BadRequest request : BadRequests.to(operation, real, upload).sampleStream()
                        .limit(triesPerOperation).toList()) {
                    check(operation, request);
                    sent++;
                }
                stored = compare(operation.toString(), stored);
            }
        } finally {
            JqwikSession.finish();
        }
        sent += unlistedMethods(operations);
        compare("a method not listed", stored);
        return new Result(seed, operations.size(), sent, answered, List.copyOf(violations));
    }

    private Map<String, String> compare(String sentTo, Map<String, String> before) {
        Map<String, String> after = DatabaseSnapshot.of(dataSource, unwatchedTables);
        if (!after.equals(before)) {
            violations.add(sentTo + " changed what was stored in " + changedTables(before, after));
        }
        return after;
    }

    /**
     * A method the document does not list for a path is refused, whatever the body: as not allowed, or as not found
     * where RESTEasy Reactive matches the path to a resource class other than the one holding the path's methods
     * (a path under {@code /applications/{id}} served by a class of its own).
     */
    private int unlistedMethods(List<ApiOperation> operations) {
        Map<String, ApiOperation> paths = new LinkedHashMap<>();
        operations.forEach(operation -> paths.putIfAbsent(operation.path(), operation));
        int sent = 0;
        for (ApiOperation listed : paths.values()) {
            String path = listed.path();
            for (var parameter : listed.in("path")) {
                String value = Objects.requireNonNull(real.find(listed, parameter.name()),
                        () -> "no real value for the parameter " + parameter.name() + " of " + listed);
                path = path.replace("{" + parameter.name() + "}", BadRequests.encode(value));
            }
            for (String method : HTTP_METHODS) {
                if (ApiOperations.methodsOf(operations, listed.path()).contains(method)) {
                    continue;
                }
                BadRequest request = new BadRequest("method not listed", method, path, "", "application/json", "",
                        "{}".getBytes(StandardCharsets.US_ASCII));
                Answer answer = send(request, sender.apply(listed));
                if (answer != null && answer.status() != 405 && answer.status() != 404) {
                    violations.add(request + " answered " + answer.status() + " instead of 405");
                }
                checkProblem(request, answer);
                sent++;
            }
        }
        return sent;
    }

    private void check(ApiOperation operation, BadRequest request) {
        Answer answer = send(request, sender.apply(operation));
        if (answer == null) {
            return;
        }
        if (answer.status() >= 500) {
            violations.add(request + " answered " + answer.status() + ": " + shortened(answer.body()));
        } else if (operation.changesState() && answer.status() < 400) {
            violations.add(request + " is invalid, yet answered " + answer.status() + ": " + shortened(answer.body()));
        }
        checkProblem(request, answer);
    }

    /** A refusal says what is wrong as a problem: its type, and the status it was answered with. */
    private void checkProblem(BadRequest request, Answer answer) {
        if (answer == null || answer.status() < 400) {
            return;
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            violations.add(request + " answered " + answer.status() + " as '" + answer.contentType() + "': "
                    + shortened(answer.body()));
            return;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (problem.path("type").asText("").isBlank() || problem.path("status").asInt() != answer.status()
                    || answer.body().contains("Exception")) {
                violations.add(request + " answered " + answer.status() + " with the problem " + answer.body());
            }
        } catch (IOException e) {
            violations.add(request + " answered " + answer.status() + " with a problem that is not JSON: "
                    + shortened(answer.body()));
        }
    }

    private static String shortened(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** A status, its content type, and the body; an event stream's body is not waited for, it never ends. */
    private record Answer(int status, String contentType, String body) {
    }

    private Answer send(BadRequest request, User user) {
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
        builder.header("Authorization", "Bearer " + TestTokens.of(user));
        try {
            HttpResponse<InputStream> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            String body;
            try (InputStream content = response.body()) {
                body = contentType.startsWith("text/event-stream") ? ""
                        : new String(content.readAllBytes(), StandardCharsets.UTF_8);
            }
            answered.merge(response.statusCode(), 1, Integer::sum);
            return new Answer(response.statusCode(), contentType, body);
        } catch (IOException e) {
            violations.add(request + " got no answer: " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> changedTables(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(table -> !after.get(table).equals(before.get(table)))
                .map(table -> table + " (" + before.get(table) + " -> " + after.get(table) + ")").toList();
    }

    /** What is stored once the events the service took in are handled and published and nothing moves any more. */
    private Map<String, String> settledSnapshot() {
        AtomicReference<Map<String, String>> previous = new AtomicReference<>(
                DatabaseSnapshot.of(dataSource, unwatchedTables));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Map<String, String> now = DatabaseSnapshot.of(dataSource, unwatchedTables);
            boolean settled = now.equals(previous.get()) && DatabaseSnapshot.outboxPublished(now);
            previous.set(now);
            return settled;
        });
        return previous.get();
    }
}
