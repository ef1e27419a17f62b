package org.jointacceptance.acceptance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.jointacceptance.acceptance.Actors.asCoordinator;
import static org.jointacceptance.acceptance.Actors.asFirm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.jointacceptance.apitesting.ApiLimits;
import org.jointacceptance.apitesting.DatabaseSnapshot;
import org.jointacceptance.apitesting.OpenApiDocument;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.TestTokens;
import org.jointacceptance.infrastructure.tokens.User;
import org.jointacceptance.problem.JsonReadLimits;
import org.jointacceptance.problem.RequestBodyLimit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each limit on what a request may hold, and each way a request can be unreadable, is answered with its own
 * application/problem+json and a 4xx status, and stores nothing.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class BadInputTest {

    private static final String PROBLEMS = "https://jointacceptance.org/problems/";
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @Inject
    MutableClock clock;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/applications")
    URI applications;

    private String application;
    private Map<String, String> stored;

    @BeforeEach
    void aDraftApplication() {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
        application = ApplicationRequests.prepare(ApplicationRequests.plainProject("Whole project")).getString("id");
        stored = DatabaseSnapshot.of(dataSource);
    }

    @AfterEach
    void nothingWasStored() {
        clock.reset();
        if (stored != null) {
            assertThat(DatabaseSnapshot.of(dataSource)).isEqualTo(stored);
        }
    }

    @Test
    void json_nested_deeper_than_the_limit_is_refused_before_it_is_bound() {
        String deep = "{\"a\":".repeat(JsonReadLimits.MAX_NESTING_DEPTH) + "1" + "}".repeat(JsonReadLimits.MAX_NESTING_DEPTH);

        problem(json(Actors.FIRM).body("{\"unknown\":" + deep + "}").post("/applications"), 400, "json-too-complex");
    }

    @Test
    void a_string_longer_than_json_may_hold_is_refused() {
        String name = "n".repeat(JsonReadLimits.MAX_STRING_LENGTH + 1);

        problem(json(Actors.COORDINATOR).body(Map.of("reason", name))
                .post("/applications/{id}/termination", application), 400, "json-too-complex");
    }

    @Test
    void a_json_body_larger_than_the_limit_is_refused_as_too_large() {
        StringBuilder body = new StringBuilder("{\"unknown\":[");
        while (body.length() <= RequestBodyLimit.MAX_JSON_BODY_BYTES) {
            body.append("\"padding-padding\",");
        }
        body.append("0]}");

        problem(json(Actors.FIRM).body(body.toString()).post("/applications"), 413, "request-too-large");
    }

    @Test
    void a_body_larger_than_any_request_may_be_is_refused_before_it_is_read() {
        byte[] body = new byte[25 * 1024 * 1024 + 1];
        Arrays.fill(body, (byte) ' ');

        problem(json(Actors.FIRM).body(body).post("/applications"), 413, "request-too-large");
    }

    @Test
    void malformed_json_a_wrong_type_and_an_unlisted_value_are_unreadable_and_name_the_field() {
        problem(json(Actors.FIRM).body("{\"applicant\": ").post("/applications"), 400, "unreadable-body");
        problem(json(Actors.COORDINATOR).body("{\"reason\": [\"x\"]}")
                .post("/applications/{id}/termination", application), 400, "unreadable-body")
                .body("errors[0].field", equalTo("reason"));
        problem(json(Actors.COORDINATOR).body(Map.of("change", "POSTPONED", "department", "fire", "reason", "r"))
                .post("/applications/{id}/sections/{s}/routing", application, UUID.randomUUID()), 400, "unreadable-body")
                .body("errors[0].field", equalTo("change"));
    }

    @Test
    void a_missing_body_or_the_wrong_content_type_or_method_is_a_problem() {
        problem(json(Actors.FIRM).post("/applications"), 400, "validation");
        problem(asCoordinator().contentType(ContentType.TEXT).body("reason").post("/applications/{id}/termination", application),
                415, "unsupported-media-type");
        problem(asCoordinator().delete("/applications/{id}", application), 405, "method-not-allowed");
        problem(given().get("/no/such/address"), 404, "not-found");
    }

    @Test
    void an_unreadable_or_empty_json_body_is_answered_at_once_over_http_1_1_and_http_2() throws Exception {
        for (HttpClient.Version version : HttpClient.Version.values()) {
            HttpClient http = HttpClient.newBuilder().version(version).build(); // HTTP/2 asked for on the first request
            for (String body : List.of("{\"applicant\": ", "", "[1]")) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(applications)
                        .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + TestTokens.of(Actors.FIRM)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(version + " with the body '" + body + "'").isEqualTo(400);
                assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            }
        }
    }

    @Test
    void a_parameter_not_of_its_type_is_refused_whether_in_the_path_or_the_query() {
        problem(asCoordinator().get("/applications/not-a-uuid"), 400, "invalid-parameter");
        problem(asCoordinator().get("/applications?dueBefore=yesterday"), 400, "invalid-parameter");
        problem(asCoordinator().get("/applications?status=OPEN"), 400, "invalid-parameter");
        problem(asCoordinator().get("/calendar/days/2026-02-30"), 400, "invalid-parameter");
    }

    @Test
    void a_value_beyond_what_the_database_stores_is_bad_input_not_a_failure() {
        problem(asCoordinator().get("/applications?dueBefore=+999999999-12-31"), 400, "value-not-storable");
    }

    @Test
    void a_file_whose_content_is_not_of_its_declared_type_is_refused() {
        problem(asFirm().multiPart("file", "report.pdf", JPEG, "application/pdf").multiPart("type", "as-built-drawings")
                .post("/applications/{id}/materials", application), 415, "content-does-not-match-type");
        problem(asFirm().multiPart("file", "photo.png", ApplicationRequests.PDF, "image/png")
                .multiPart("type", "as-built-drawings").post("/applications/{id}/materials", application),
                415, "content-does-not-match-type");
        problem(asFirm().multiPart("file", "notes.txt", "notes".getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("type", "as-built-drawings").post("/applications/{id}/materials", application),
                415, "unsupported-media-type");
    }

    @Test
    void a_form_with_too_many_parts_or_too_long_a_field_or_no_end_is_refused() {
        RequestSpecification form = asFirm().multiPart("type", "as-built-drawings");
        for (int i = 0; i < 40; i++) {
            form = form.multiPart("file", "part-" + i + ".pdf", ApplicationRequests.PDF, "application/pdf");
        }
        problem(form.post("/applications/{id}/materials", application), 413, "too-many-parts");
        problem(asFirm().multiPart("file", "report.pdf", ApplicationRequests.PDF, "application/pdf")
                .multiPart("type", "t".repeat(3_000)).post("/applications/{id}/materials", application),
                413, "request-entity-too-large");
        problem(asFirm().contentType("multipart/form-data; boundary=XyZ").body("--XyZ\r\nContent-Disposition: form-da".getBytes(StandardCharsets.US_ASCII))
                .post("/applications/{id}/materials", application), 400, "unreadable-form");
    }

    @Test
    void a_file_larger_than_a_material_may_be_is_refused() {
        byte[] large = Arrays.copyOf(ApplicationRequests.PDF, 20 * 1024 * 1024 + 1);

        problem(asFirm().multiPart("file", "scan.pdf", large, "application/pdf").multiPart("type", "as-built-drawings")
                .post("/applications/{id}/materials", application), 413, "file-too-large");
    }

    @Test
    void a_file_keeps_only_its_own_name_whatever_folders_its_name_climbs() {
        stored = null;
        asFirm().multiPart("file", "../../../etc/cron.d/as-built.pdf", ApplicationRequests.PDF, "application/pdf")
                .multiPart("type", "as-built-drawings").post("/applications/{id}/materials", application)
                .then().statusCode(201).body("name", equalTo("as-built.pdf"));
    }

    @Test
    void every_string_and_list_a_request_holds_has_its_limit_in_the_api_document() {
        stored = null;
        assertThat(ApiLimits.unlimited(OpenApiDocument.fetch())).as("strings without maxLength (or a format, a list"
                + " of values or a bounded pattern), lists without maxItems").isEmpty();
    }

    private static RequestSpecification json(User who) {
        return Actors.as(who).contentType(ContentType.JSON);
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, int status, String kind) {
        return response.then().log().ifValidationFails().statusCode(status).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + kind)).body("status", equalTo(status))
                .body(not(containsString("Exception")));
    }
}
