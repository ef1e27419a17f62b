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
 * path, and 404 elsewhere.
 */
public class AcceptanceServiceStub implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();
    private HttpServer server;

    /** acceptance-service serves {@code content} at {@code path} from now on. */
    public static void serve(String path, byte[] content) {
        FILES.put(path, content);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] content = FILES.get(exchange.getRequestURI().getPath());
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
