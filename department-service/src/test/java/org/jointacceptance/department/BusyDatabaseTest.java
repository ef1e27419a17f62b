package org.jointacceptance.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.junit.jupiter.api.Test;

/**
 * A department overloaded past its database connections says so: 503 with Retry-After, a problem the phone's queue
 * tries again, never a 500. The instance here has two connections (Flyway needs two to migrate), which the test
 * holds.
 */
@QuarkusTest
@TestProfile(BusyDatabaseTest.TwoConnections.class)
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(AcceptanceServiceStub.class)
class BusyDatabaseTest {

    private static final int CONNECTIONS = 2;

    /** Two connections to the database, and a second of waiting for one. */
    public static class TwoConnections implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", String.valueOf(CONNECTIONS),
                    "quarkus.datasource.jdbc.min-size", "0", "quarkus.datasource.jdbc.acquisition-timeout", "1S");
        }
    }

    @Inject
    EntityManager entityManager;

    @Test
    void a_request_finding_no_connection_free_in_time_is_answered_503_with_retry_after_and_served_once_one_is()
            throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Runnable holding = () -> hold(CONNECTIONS, () -> {
            held.countDown();
            await().atMost(Duration.ofMinutes(1)).until(() -> release.getCount() == 0);
        });
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> inRequestContext(holding));
        try {
            assertThat(held.await(1, TimeUnit.MINUTES)).isTrue();
            Workbench.reading().header("Accept-Language", "zh-CN").get("/inspections").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "2")
                    .body("type", equalTo("https://jointacceptance.org/problems/busy"))
                    .body("title", equalTo("服务繁忙")).body("detail", equalTo("服务正在处理其他请求，请 2 秒后重试"));
            Workbench.reading().get("/inspections").then().statusCode(503)
                    .body("detail", equalTo("The service is busy with other requests: try again in 2 seconds"));
        } finally {
            release.countDown();
            holder.get(1, TimeUnit.MINUTES);
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Workbench.reading().get("/inspections").then().statusCode(200));
    }

    /** Runs {@code work} on a thread of the test's own, as the service runs work: in a request context. */
    private static void inRequestContext(Runnable work) {
        ManagedContext requests = Arc.container().requestContext();
        requests.activate();
        try {
            work.run();
        } finally {
            requests.terminate();
        }
    }

    /** Runs {@code whileHeld} holding {@code connections}: a transaction keeps its connection while a new one runs. */
    private void hold(int connections, Runnable whileHeld) {
        if (connections == 0) {
            whileHeld.run();
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("select 1").getSingleResult();
            hold(connections - 1, whileHeld);
        });
    }
}
