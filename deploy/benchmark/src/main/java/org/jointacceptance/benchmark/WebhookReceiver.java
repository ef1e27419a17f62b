package org.jointacceptance.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import org.jointacceptance.infrastructure.FreePorts;

/**
 * The firm's webhook receiver in a kill-and-compare run: an HTTP endpoint on this machine that answers every call
 * notification-service makes with {@code 204} and counts the calls by their {@code webhook-id}. It can be taken down
 * for a while (its port closed, so calls are refused) and comes up again on the same address.
 */
final class WebhookReceiver implements AutoCloseable {

    private static final String PATH = "/joint-acceptance";

    private final int port = FreePorts.pick();
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();
    private HttpServer server;

    WebhookReceiver() {
        server = listen();
    }

    /** The address the firm registers. */
    String url() {
        return "http://127.0.0.1:" + port + PATH;
    }

    /** Closes the port, waits {@code duration}, and listens again. */
    synchronized void down(Duration duration) {
        server.stop(0);
        Load.pause(duration);
        server = listen();
    }

    /** The calls received, by webhook id: more than one for an id is a delivery sent again. */
    Map<String, Integer> calls() {
        return Map.copyOf(calls);
    }

    @Override
    public synchronized void close() {
        server.stop(0);
    }

    private HttpServer listen() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                HttpServer listening = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
                listening.createContext(PATH, exchange -> {
                    String id = exchange.getRequestHeaders().getFirst("webhook-id");
                    exchange.getRequestBody().readAllBytes();
                    if (id != null) {
                        calls.merge(id, 1, Integer::sum);
                    }
                    exchange.sendResponseHeaders(id == null ? 400 : 204, -1);
                    exchange.close();
                });
                listening.start();
                return listening;
            } catch (BindException e) {
                if (System.nanoTime() > deadline) {
                    throw new UncheckedIOException("The webhook receiver cannot listen on port " + port + " again", e);
                }
                Load.pause(Duration.ofMillis(200));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
