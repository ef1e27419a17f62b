package org.jointacceptance.department.material;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.jointacceptance.department.serving.DepartmentConfig;

/**
 * The one call this department makes to acceptance-service: fetching a file, on behalf of the caller whose bearer
 * token goes along (acceptance-service decides what the caller may read). Guarded by a circuit breaker, so that an
 * unavailable acceptance-service is answered at once instead of by one timeout per reader.
 */
@ApplicationScoped
public class AcceptanceServiceClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;
    private final long maxSize;

    public AcceptanceServiceClient(DepartmentConfig department) {
        this.base = department.acceptanceService().url();
        this.maxSize = department.acceptanceService().maxMaterialSize().asLongValue();
    }

    /** What acceptance-service answered: its status, and the body when it is a 200 within the size limit. */
    public record Answer(int status, byte[] body, boolean tooLarge) {
    }

    /**
     * GETs {@code path} (absolute, under acceptance-service's base URL) with the caller's {@code bearerToken}. A
     * server error or no answer at all is a failure of acceptance-service and counts towards opening the circuit; a
     * 404 or a refusal does not.
     */
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public Answer get(String path, String bearerToken) throws IOException, InterruptedException {
        URI uri = base.resolve(path);
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + bearerToken).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() >= 500) {
                throw new IOException("acceptance-service answered " + response.statusCode() + " for " + uri);
            }
            if (response.statusCode() != 200) {
                return new Answer(response.statusCode(), new byte[0], false);
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = body.read(buffer)) != -1; ) {
                content.write(buffer, 0, read);
                if (content.size() > maxSize) {
                    return new Answer(200, new byte[0], true);
                }
            }
            return new Answer(200, content.toByteArray(), false);
        }
    }
}
