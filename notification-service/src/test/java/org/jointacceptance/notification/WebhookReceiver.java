package org.jointacceptance.notification;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.CopyOnWriteArrayList;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jointacceptance.infrastructure.FreePorts;

/**
 * A real HTTP server standing in for the subscribers' webhooks, on 127.0.0.1 (the tests' allow-listed host). Like a
 * subscriber's receiver, it verifies every call with the Standard Webhooks library ({@code com.standardwebhooks}) and
 * the secrets a test gave it for the call's path, without the service's code, and answers one it cannot verify with
 * 401; it answers a verified call with 204, or with what a test scripted for its path, and records every call.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final int UNVERIFIED = 401;

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, List<String>> secrets = new ConcurrentHashMap<>();
    private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();
    private final Map<String, Integer> steady = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();

    /** One call as it arrived, whether the library verified it with the path's secrets, and how it was answered. */
    public record Call(String path, HttpHeaders headers, String body, boolean verified, int answer) {

        public String id() {
            return headers.firstValue("webhook-id").orElse(null);
        }

        /** The signatures of {@code webhook-signature}, one per secret that signed the call. */
        public List<String> signatures() {
            return Arrays.asList(headers.firstValue("webhook-signature").orElse("").split(" "));
        }

        /** True when the Standard Webhooks library verifies the call with {@code secret}. */
        public boolean verifiesWith(String secret) {
            try {
                new Webhook(secret).verify(body, headers);
                return true;
            } catch (WebhookVerificationException e) {
                return false;
            }
        }
    }

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", FreePorts.pick()), 0);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the webhook receiver", e);
        }
        server.createContext("/", this::receive);
        server.setExecutor(Executors.newCachedThreadPool()); // a held call keeps no other waiting
        server.start();
    }

    /** The URL of {@code path} on this receiver. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** From now on the calls to {@code path} are verified with these secrets: one of them must have signed each. */
    public void trust(String path, String... pathSecrets) {
        secrets.put(path, List.of(pathSecrets));
    }

    /** The next verified calls to {@code path} are answered with {@code statuses}, one each, then as before. */
    public void answerNext(String path, int... statuses) {
        Deque<Integer> next = scripted.computeIfAbsent(path, p -> new ArrayDeque<>());
        synchronized (next) {
            for (int status : statuses) {
                next.add(status);
            }
        }
    }

    /** Every later verified call to {@code path} is answered with {@code status}. */
    public void answerAlways(String path, int status) {
        steady.put(path, status);
    }

    /** Later verified calls to {@code path} get no answer until {@link #release}: a receiver that hangs. */
    public void hold(String path) {
        held.put(path, new CountDownLatch(1));
    }

    /** The held calls to {@code path} are answered, and later ones at once. */
    public void release(String path) {
        Optional.ofNullable(held.remove(path)).ifPresent(CountDownLatch::countDown);
    }

    /** The calls to {@code path}, in the order they arrived. */
    public List<Call> calls(String path) {
        return calls.stream().filter(call -> call.path().equals(path)).toList();
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String path = exchange.getRequestURI().getPath();
        HttpHeaders headers = HttpHeaders.of(new TreeMap<>(exchange.getRequestHeaders()), (name, value) -> true);
        Call received = new Call(path, headers, body, false, UNVERIFIED);
        boolean verified = secrets.getOrDefault(path, List.of()).stream().anyMatch(received::verifiesWith);
        CountDownLatch hold = verified ? held.get(path) : null;
        if (hold != null) {
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int answer = verified ? scriptedAnswer(path) : UNVERIFIED;
        calls.add(new Call(path, headers, body, verified, answer));
        exchange.sendResponseHeaders(answer, -1);
        exchange.close();
    }

    private int scriptedAnswer(String path) {
        int answer = steady.getOrDefault(path, 204);
        Deque<Integer> next = scripted.get(path);
        if (next != null) {
            synchronized (next) {
                if (!next.isEmpty()) {
                    answer = next.poll();
                }
            }
        }
        return answer;
    }

    @Override
    public void close() {
        held.keySet().forEach(this::release);
        server.stop(0);
    }
}
