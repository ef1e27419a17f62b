package org.jointacceptance.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jboss.logging.Logger;
import org.jointacceptance.apitesting.BadInputFuzz;
import org.jointacceptance.apitesting.RealValues;
import org.jointacceptance.apitesting.Upload;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.problem.UploadedFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random and mutated requests to every operation of the service's own API document ({@link BadInputFuzz}):
 * each is answered, never with a server error, every refusal is an {@code application/problem+json} with its type and
 * status, and what was stored before is unchanged afterwards, row for row. {@code -Dfuzz.seed=...} replays a run.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class BadInputFuzzTest {

    private static final Logger LOG = Logger.getLogger(BadInputFuzzTest.class);

    @Inject
    MutableClock clock;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL root;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void every_operation_answers_bad_input_with_a_problem_and_changes_nothing_stored() {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));

        // the document's two dozen operations make some 4,700 requests in about 30 seconds
        BadInputFuzz.Result result = BadInputFuzz
                .of(root, dataSource, operation -> Actors.whoMakes(operation.method(), operation.path()))
                .realValues(seedAcceptedApplication())
                .uploads(new Upload(ApplicationRequests.PDF, "rectification-evidence"))
                .run();

        LOG.info(result.summary());
        assertThat(result.operations()).as("operations in the API document").isGreaterThan(20);
        assertThat(result.sent()).isGreaterThan(4_000);
        assertThat(result.answered()).as("the limits the requests reach").containsKeys(400, 404, 405, 413, 415);
        assertThat(result.violations()).as("with -Dfuzz.seed=" + result.seed()).isEmpty();
    }

    /**
     * One application accepted at the window, with its section and a material: the real values every path and
     * required query parameter takes when it is not the one made bad (a late correction, an opinion: none there).
     */
    private static RealValues seedAcceptedApplication() {
        JsonPath accepted = ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProject("Whole project"));
        assertThat(accepted.getString("status")).isEqualTo("IN_INSPECTION");
        return RealValues.of(Map.of(
                "id", accepted.getString("id"),
                "sectionId", accepted.getString("sections[0].id"),
                "correctionId", UUID.randomUUID().toString(),
                "sha256", UploadedFiles.sha256(ApplicationRequests.PDF),
                "number", "DL-LHYS-2026-" + UUID.randomUUID(),
                "year", "2026",
                "confirmation", "0".repeat(24),
                "date", "2026-06-01"));
    }
}
