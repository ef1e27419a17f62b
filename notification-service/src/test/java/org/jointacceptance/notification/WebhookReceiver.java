package org.jointacceptance.notification;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jointacceptance.infrastructure.FreePorts;

/**
 * A real HTTP server standing in for the subscribers' webhooks, on 127.0.0.1 (the tests' allow-listed host): it
 * records every call and answers 204, or what a test scripted for a path. A test verifies the signatures itself, as
 * a subscriber would, without the service's code.
 */
public final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();
    private final Map<String, Integer> steady = new ConcurrentHashMap<>();

    /** One call as it arrived, and how it was answered. */
    public record Call(String path, String id, String timestamp, String signature, String body, int answer) {

        /** True when the signature is HMAC-SHA256 with {@code secret} of the timestamp, a dot and the body. */
        public boolean signedWith(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                String expected = "v1=" + HexFormat.of().formatHex(
                        mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
                return expected.equals(signature);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
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
        server.start();
    }

    /** The URL of {@code path} on this receiver. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The next calls to {@code path} are answered with {@code statuses}, one each, then as before. */
    public void answerNext(String path, int... statuses) {
        Deque<Integer> next = scripted.computeIfAbsent(path, p -> new ArrayDeque<>());
        synchronized (next) {
            for (int status : statuses) {
                next.add(status);
            }
        }
    }

    /** Every later call to {@code path} is answered with {@code status}. */
    public void answerAlways(String path, int status) {
        steady.put(path, status);
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
        int answer = steady.getOrDefault(path, 204);
        Deque<Integer> next = scripted.get(path);
        if (next != null) {
            synchronized (next) {
                if (!next.isEmpty()) {
                    answer = next.poll();
                }
            }
        }
        calls.add(new Call(path, exchange.getRequestHeaders().getFirst("Webhook-Id"),
                exchange.getRequestHeaders().getFirst("Webhook-Timestamp"),
                exchange.getRequestHeaders().getFirst("Webhook-Signature"), body, answer));
        exchange.sendResponseHeaders(answer, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
