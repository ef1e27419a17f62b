package org.jointacceptance.department;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for acceptance-service where the department reads materials: serves whatever bytes a test put at a
 * path to a caller with a bearer token (401 without one), and 404 elsewhere. It remembers the token each path was
 * last asked with, so that a test sees on whose behalf the department asked.
 */
public class AcceptanceServiceStub implements QuarkusTestResourceLifecycleManager {

    private static final String BEARER = "Bearer ";
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private HttpServer server;

    /** acceptance-service serves {@code content} at {@code path} from now on. */
    public static void serve(String path, byte[] content) {
        FILES.put(path, content);
    }

    /** The bearer token {@code path} was last asked for with; null if it never was. */
    public static String tokenAskedWith(String path) {
        return TOKENS.get(path);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            byte[] content = FILES.get(path);
            if (authorization == null || !authorization.startsWith(BEARER)) {
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
                return;
            }
            TOKENS.put(path, authorization.substring(BEARER.length()));
            if (content == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, content.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(content);
                }
            }
            exchange.close();
        });
        server.start();
        return Map.of("department.acceptance-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
