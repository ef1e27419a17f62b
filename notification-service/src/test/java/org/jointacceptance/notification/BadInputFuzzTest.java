package org.jointacceptance.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.jointacceptance.notification.Users.as;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jboss.logging.Logger;
import org.jointacceptance.apitesting.ApiLimits;
import org.jointacceptance.apitesting.ApiOperations.ApiOperation;
import org.jointacceptance.apitesting.BadInputFuzz;
import org.jointacceptance.apitesting.OpenApiDocument;
import org.jointacceptance.apitesting.RealValues;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.infrastructure.tokens.User;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.acceptance.Applicant;
import org.jointacceptance.messaging.acceptance.IntakeDecided;
import org.jointacceptance.messaging.acceptance.IntakeOutcome;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random and mutated requests to every operation of the service's own API document
 * ({@link BadInputFuzz}): each is answered, never with a server error, every refusal is an
 * {@code application/problem+json} with its type and status, and what was stored before is unchanged afterwards,
 * row for row. {@code -Dfuzz.seed=...} replays a run.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(SmtpTestResource.class)
class BadInputFuzzTest {

    private static final Logger LOG = Logger.getLogger(BadInputFuzzTest.class);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    EventCodec codec;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL root;

    private final Applicant firm = Firms.newFirm();
    private final User applicant = Users.applicantOf(firm);

    @Test
    void every_operation_answers_bad_input_with_a_problem_and_changes_nothing_stored() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            RealValues real = seedNotificationAndWebhook(receiver);
            // the sender writes a delivery until it is sent or dead, with no request: wait until it has none to do,
            // this test's and those other tests left, so that the deliveries are compared like every other table
            await().atMost(PATIENCE).until(() -> unfinishedDeliveries() == 0);

            // some fifteen operations make some 3,000 requests
            BadInputFuzz.Result result = BadInputFuzz.of(root, dataSource, this::whoMakes).realValues(real).run();

            LOG.info(result.summary());
            assertThat(result.operations()).as("operations in the API document").isGreaterThan(12);
            assertThat(result.sent()).isGreaterThan(2_500);
            assertThat(result.answered()).as("the limits the requests reach").containsKeys(400, 404, 405, 415);
            assertThat(result.violations()).as("with -Dfuzz.seed=" + result.seed()).isEmpty();
        }
    }

    @Test
    void every_string_and_list_a_request_holds_has_its_limit_in_the_api_document() {
        assertThat(ApiLimits.unlimited(OpenApiDocument.fetch())).as("strings without maxLength (or a format, a list"
                + " of values or a bounded pattern), lists without maxItems").isEmpty();
    }

    /** The coordinator reads and replays deliveries and reads the audit log; the firm's applicant does the rest. */
    private User whoMakes(ApiOperation operation) {
        return operation.path().startsWith("/deliveries") || operation.path().startsWith("/audit")
                ? Users.COORDINATOR : applicant;
    }

    /**
     * A firm's webhook, and the notice of its application's acceptance in its inbox, sent by mail and to the
     * webhook: the real values every path and required query parameter takes when it is not the one made bad.
     */
    private RealValues seedNotificationAndWebhook(WebhookReceiver receiver) {
        String path = "/hooks/" + firm.creditCode();
        JsonPath registered = as(applicant).contentType(ContentType.JSON).body(Map.of("url", receiver.url(path)))
                .post("/webhooks").then().statusCode(201).extract().jsonPath();
        String webhook = registered.getString("id");
        receiver.trust(path, registered.getString("secret"));
        UUID application = UUID.randomUUID();
        KafkaTestClient.forTestInfrastructure().sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(),
                "IntakeDecided", codec.encode(new IntakeDecided(application, "P-9", "Haiwan Residences Phase IX",
                        firm, IntakeOutcome.ACCEPTED, null, LocalDate.of(2025, 10, 24), List.of())));
        String notification = await().atMost(PATIENCE).until(() -> as(applicant)
                .get("/notifications?applicationId={id}", application).then().statusCode(200).extract()
                .<String>path("[0].id"), id -> id != null);
        List<Map<String, String>> deliveries = await().atMost(PATIENCE).until(() -> as(Users.COORDINATOR)
                .get("/deliveries?applicationId={id}", application).then().statusCode(200).extract().jsonPath()
                .<Map<String, String>>getList("$"), sent -> sent.size() >= 2
                        && sent.stream().allMatch(delivery -> "SENT".equals(delivery.get("status"))));
        return RealValues.of(Map.of("applicationId", application.toString(), "recipient", Firms.recipient(firm),
                "channel", "email", "eventType", "IntakeDecided"))
                .under("/notifications", Map.of("id", notification))
                .under("/webhooks", Map.of("id", webhook))
                .under("/deliveries", Map.of("id", deliveries.get(0).get("id")));
    }

    private long unfinishedDeliveries() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select count(*) from delivery where status in ('PENDING', 'SENDING', 'RETRYING')")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
