package org.jointacceptance.benchmark;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * The services' REST APIs as one caller uses them: JSON in and out, a bearer token, HTTP/1.1 keep-alive. An answer
 * other than the one expected is a violation: it is recorded and the call fails. Each call is sent and answered on
 * the caller's own thread (Apache HttpClient's blocking client): the JDK's {@code HttpClient} handed every call to
 * two threads of its own and back, and took about 1.5 ms of CPU per call, a fifth of the machine under load
 * (docs/performance.md).
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
    /** What a caller that does not read an answer prefers. */
    private static final String MINIMAL = "return=minimal";
    static final Duration BUSY_PATIENCE = Duration.ofMinutes(2);

    private final CloseableHttpClient http;
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
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(1024).setMaxConnPerRoute(256)
                        .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build())
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(5))
                                .setSocketTimeout(Timeout.ofSeconds(60)).build())
                        .build())
                // what to do again is this class's to decide; nothing here is redirected, compressed or a cookie
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement()
                .disableContentCompression().disableAuthCaching().build();
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
        return read(call(new Call("GET", url, token, null, null), 200));
    }

    JsonNode post(String url, String token, Object body, int expected) {
        return read(call(new Call("POST", url, token, ContentType.APPLICATION_JSON, json(body)), expected));
    }

    /** A PUT whose answer the caller does not read, so it asks for none (204), as the portal does. */
    void put(String url, String token, Object body) {
        call(new Call("PUT", url, token, ContentType.APPLICATION_JSON, json(body), MINIMAL), 204);
    }

    /** A PATCH whose answer the caller does not read, so it asks for none (204), as the portal does. */
    void patch(String url, String token, Object body) {
        call(new Call("PATCH", url, token, ContentType.APPLICATION_JSON, json(body), MINIMAL), 204);
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
        return read(call(new Call("POST", url, token, ContentType.parse("multipart/form-data; boundary=" + boundary),
                body), 201));
    }

    /** One call as the caller means it; each attempt goes where the route says. */
    private record Call(String method, String url, String token, ContentType contentType, byte[] body,
            String prefer) {

        Call(String method, String url, String token, ContentType contentType, byte[] body) {
            this(method, url, token, contentType, body, null);
        }

        String path() {
            return URI.create(url).getPath();
        }
    }

    /** What a service answered: its status, when to try again if it said, and its body. */
    private record Answer(Call call, int status, String retryAfter, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static byte[] json(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The answer's JSON; null when an attempt cut off did the call (a 409 to the next). */
    private JsonNode read(Answer answer) {
        if (answer == null) {
            return null;
        }
        try {
            return answer.body().length == 0 ? JSON.nullNode() : JSON.readTree(answer.body());
        } catch (IOException e) {
            throw violations.record(answer.call().method() + " " + answer.call().path() + " answered unreadable JSON");
        }
    }

    private Answer send(Call call) throws IOException {
        ClassicRequestBuilder request = ClassicRequestBuilder.create(call.method())
                .setUri(route.apply(URI.create(call.url())))
                .addHeader("Authorization", "Bearer " + call.token()).addHeader("Accept", "application/json");
        if (call.prefer() != null) {
            request.addHeader("Prefer", call.prefer());
        }
        if (call.body() != null) {
            request.setEntity(new ByteArrayEntity(call.body(), call.contentType()));
        }
        return http.execute(request.build(), response -> {
            Header retryAfter = response.getFirstHeader("Retry-After");
            return new Answer(call, response.getCode(), retryAfter == null ? null : retryAfter.getValue(),
                    response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity()));
        });
    }

    private Answer call(Call call, int expected) {
        long deadline = System.nanoTime() + patience.toNanos();
        long busyDeadline = System.nanoTime() + BUSY_PATIENCE.toNanos();
        boolean write = !call.method().equals("GET");
        boolean ambiguous = false;
        while (true) {
            boolean again = System.nanoTime() < deadline;
            Answer answer;
            try {
                answer = send(call);
            } catch (IOException e) {
                if (again) {
                    ambiguous |= !(e instanceof ConnectException) && write;
                    pause();
                    continue;
                }
                throw violations.record(call.method() + " " + call.path() + " failed: " + e);
            }
            if (answer.status() == 503 && answer.retryAfter() != null && System.nanoTime() < busyDeadline) {
                busyAnswers.incrementAndGet();
                ambiguous |= write;
                sleep(Duration.ofSeconds(answer.retryAfter().matches("\\d{1,4}") ? Long.parseLong(answer.retryAfter())
                        : 1));
                continue;
            }
            if (again && answer.status() >= 500) {
                ambiguous |= write;
                pause();
                continue;
            }
            if (ambiguous && answer.status() == 409) {
                return null;
            }
            if (answer.status() != expected) {
                throw violations.record(call.method() + " " + call.path() + " answered " + answer.status()
                        + " instead of " + expected + ": " + abbreviate(answer.text()));
            }
            return answer;
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
