package org.jointacceptance.benchmark;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The services' REST APIs as one caller uses them: JSON in and out, a bearer token, HTTP/1.1 keep-alive. An answer
 * other than the one expected is a violation: it is recorded and the call fails.
 *
 * <p>A patient caller (the kill-and-compare run's) sends each attempt where its route says (a live replica of the
 * service) and tries again while a service is down: refused connections and 5xx answers, within its patience. A
 * call cut off mid-way is ambiguous: it may have been done. A write is then tried again, and a {@code 409} answer to
 * the new attempt means the lost one did it; the call returns {@code null} and the caller reads what it needs.
 *
 * <p>Every caller waits and tries again when a service answers that it is busy (503 with Retry-After, the answer of
 * a service with no database connection free), as the phone's queue does, for up to {@link #BUSY_PATIENCE}; each
 * such answer is counted, so that a step that had any is not taken for sustained.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PAUSE = Duration.ofMillis(250);
    static final Duration BUSY_PATIENCE = Duration.ofMinutes(2);

    private final HttpClient http;
    private final Violations violations;
    private final UnaryOperator<URI> route;
    private final Duration patience;
    private final AtomicLong attemptsAgain = new AtomicLong();
    private final AtomicLong busyAnswers = new AtomicLong();

    /** A caller that takes each answer as it comes: the benchmark's. */
    Api(Violations violations) {
        this(violations, UnaryOperator.identity(), Duration.ZERO);
    }

    /** A patient caller, each attempt's address given by {@code route}. */
    Api(Violations violations, UnaryOperator<URI> route, Duration patience) {
        this.violations = violations;
        this.route = route;
        this.patience = patience;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** How many attempts were made again because a service was down or a call was cut off. */
    long attemptsAgain() {
        return attemptsAgain.get();
    }

    /** How many answers said that a service was busy (503 with Retry-After). */
    long busyAnswers() {
        return busyAnswers.get();
    }

    JsonNode get(String url, String token) {
        return call(request(url, token).GET().build(), 200);
    }

    JsonNode post(String url, String token, Object body, int expected) {
        return call(json(request(url, token)).method("POST", bodyOf(body)).build(), expected);
    }

    JsonNode put(String url, String token, Object body) {
        return call(json(request(url, token)).method("PUT", bodyOf(body)).build(), 200);
    }

    JsonNode patch(String url, String token, Object body) {
        return call(json(request(url, token)).method("PATCH", bodyOf(body)).build(), 200);
    }

    /** A multipart upload of one file with the form's other fields. */
    JsonNode upload(String url, String token, byte[] file, String fileName, String mediaType, String typeField) {
        String boundary = "benchmark-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + typeField + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n";
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[headBytes.length + file.length + tail.length];
        System.arraycopy(headBytes, 0, body, 0, headBytes.length);
        System.arraycopy(file, 0, body, headBytes.length, file.length);
        System.arraycopy(tail, 0, body, headBytes.length + file.length, tail.length);
        return call(request(url, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), 201);
    }

    private static HttpRequest.Builder request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private static HttpRequest.Builder json(HttpRequest.Builder request) {
        return request.header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher bodyOf(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private JsonNode call(HttpRequest request, int expected) {
        long deadline = System.nanoTime() + patience.toNanos();
        long busyDeadline = System.nanoTime() + BUSY_PATIENCE.toNanos();
        boolean ambiguous = false;
        while (true) {
            boolean again = System.nanoTime() < deadline;
            HttpResponse<String> response;
            try {
                response = http.send(HttpRequest.newBuilder(request, (name, value) -> true)
                        .uri(route.apply(request.uri())).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (again) {
                    ambiguous |= !(e instanceof ConnectException) && !request.method().equals("GET");
                    pause();
                    continue;
                }
                throw violations.record(request.method() + " " + request.uri().getPath() + " failed: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
            Optional<String> retryAfter = response.headers().firstValue("Retry-After");
            if (response.statusCode() == 503 && retryAfter.isPresent() && System.nanoTime() < busyDeadline) {
                busyAnswers.incrementAndGet();
                ambiguous |= !request.method().equals("GET");
                sleep(Duration.ofSeconds(retryAfter.get().matches("\\d{1,4}") ? Long.parseLong(retryAfter.get())
                        : 1));
                continue;
            }
            if (again && response.statusCode() >= 500) {
                ambiguous |= !request.method().equals("GET");
                pause();
                continue;
            }
            if (ambiguous && response.statusCode() == 409) {
                return null;
            }
            if (response.statusCode() != expected) {
                throw violations.record(request.method() + " " + request.uri().getPath() + " answered "
                        + response.statusCode() + " instead of " + expected + ": " + abbreviate(response.body()));
            }
            try {
                return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            } catch (JsonProcessingException e) {
                throw violations.record(request.method() + " " + request.uri().getPath() + " answered unreadable JSON");
            }
        }
    }

    private void pause() {
        attemptsAgain.incrementAndGet();
        sleep(PAUSE);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
