package org.jointacceptance.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointacceptance.department.Workbench.as;
import static org.jointacceptance.department.Workbench.request;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jboss.logging.Logger;
import org.jointacceptance.apitesting.ApiLimits;
import org.jointacceptance.apitesting.ApiOperations.ApiOperation;
import org.jointacceptance.apitesting.BadInputFuzz;
import org.jointacceptance.apitesting.OpenApiDocument;
import org.jointacceptance.apitesting.RealValues;
import org.jointacceptance.apitesting.Upload;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.tokens.User;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.acceptance.InspectionRequested;
import org.jointacceptance.problem.UploadedFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random and mutated requests to every operation of the workbench's own API document
 * ({@link BadInputFuzz}): each is answered, never with a server error, every refusal is an
 * {@code application/problem+json} with its type and status, and what was stored before is unchanged afterwards,
 * row for row. {@code -Dfuzz.seed=...} replays a run.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(AcceptanceServiceStub.class)
class BadInputFuzzTest {

    private static final Logger LOG = Logger.getLogger(BadInputFuzzTest.class);
    private static final byte[] PDF = "%PDF-1.7 pressure test report".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MATERIAL = "%PDF-1.7 fire installations testing report"
            .getBytes(StandardCharsets.US_ASCII);
    /** A lead inspects and assigns: every operation of the workbench but the audit log is open to one. */
    private static final User LEAD = Workbench.lead("Liu Wei");

    @Inject
    EventCodec codec;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void startOfTheWorkingDay() {
        MovableClock.moveTo(MovableClock.START);
    }

    @Test
    void every_operation_answers_bad_input_with_a_problem_and_changes_nothing_stored() {
        // some twenty operations make over 4,000 requests; no table changes without a request (the calendar is
        // reloaded from its table, not into it, and the outbox is compared by what is added to it)
        BadInputFuzz.Result result = BadInputFuzz.of(root, dataSource, BadInputFuzzTest::whoMakes)
                .realValues(seedInspection())
                .uploads(Upload.ofFile(PDF))
                .run();

        LOG.info(result.summary());
        assertThat(result.operations()).as("operations in the API document").isGreaterThan(20);
        assertThat(result.sent()).isGreaterThan(4_000);
        assertThat(result.answered()).as("the limits the requests reach").containsKeys(400, 404, 405, 413, 415);
        assertThat(result.violations()).as("with -Dfuzz.seed=" + result.seed()).isEmpty();
    }

    @Test
    void every_string_and_list_a_request_holds_has_its_limit_in_the_api_document() {
        assertThat(ApiLimits.unlimited(OpenApiDocument.fetch())).as("strings without maxLength (or a format, a list"
                + " of values or a bounded pattern), lists without maxItems").isEmpty();
    }

    /** The lead, who may do all the work; the audit log is read by the coordinator. */
    private static User whoMakes(ApiOperation operation) {
        return operation.path().startsWith("/audit") ? Workbench.coordinator() : LEAD;
    }

    /**
     * An inspection acceptance-service asked for, with a material, an evidence file and an open special procedure:
     * the real values every path and required query parameter takes when it is not the one made bad.
     */
    private RealValues seedInspection() {
        UUID application = UUID.randomUUID();
        String material = "/applications/" + application + "/materials/1/content";
        AcceptanceServiceStub.serve(material, MATERIAL);
        String inspection = new Workbench(codec).file(request(Workbench.department()).application(application)
                .materials(List.of(new InspectionRequested.Material("testing-report", "testing-report.pdf",
                        "application/pdf", UploadedFiles.sha256(MATERIAL), material))));
        String evidence = as(LEAD).multiPart("file", "pressure-test.pdf", PDF, "application/pdf")
                .post("/inspections/{id}/evidence", inspection).then().statusCode(201).extract().path("sha256");
        String procedure = as(LEAD).contentType(ContentType.JSON).body(Map.of("kind", "TESTING",
                "reason", "Concrete cores of the transfer floor must be tested", "expectedWorkingDays", 5))
                .post("/inspections/{id}/special-procedures", inspection).then().statusCode(201).extract()
                .path("procedureId");
        return RealValues.of(Map.of("id", inspection, "code", Workbench.codes(inspection).get(0),
                "sha256", evidence, "procedureId", procedure, "applicationId", application.toString()))
                .under("/inspections/{id}/materials", Map.of("sha256", UploadedFiles.sha256(MATERIAL)));
    }
}
