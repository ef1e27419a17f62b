package org.jointacceptance.department;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.jointacceptance.department.Workbench.as;
import static org.jointacceptance.department.Workbench.reading;
import static org.jointacceptance.department.Workbench.request;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jointacceptance.access.AuditLog;
import org.jointacceptance.access.Role;
import org.jointacceptance.apitesting.AccessMatrix;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.TestTokens;
import org.jointacceptance.infrastructure.tokens.User;
import org.jointacceptance.messaging.EventCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may do what on this department's instance: inspectors (leads among them) of this department work, only its
 * leads assign, the coordinator reads, the supervisor reads the audit log, nobody else gets in; refusals are audited.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(AcceptanceServiceStub.class)
class AccessTest {

    private static final String PROBLEMS = "https://jointacceptance.org/problems/";

    @TestHTTPResource("/")
    URI service;

    @Inject
    EventCodec codec;

    @BeforeEach
    void startOfTheWorkingDay() {
        MovableClock.moveTo(MovableClock.START);
    }

    @TestFactory
    Stream<DynamicTest> each_role_reaches_exactly_the_endpoints_of_its_work() {
        String[] readers = { Role.INSPECTOR, Role.COORDINATOR };
        return new AccessMatrix()
                .allow("GET /inspections", readers)
                .allow("GET /inspections/{id}", readers)
                .allow("GET /inspections/{id}/activity", readers)
                .allow("POST /inspections/{id}/assignment", Role.LEAD)
                .allow("POST /inspections/{id}/claim", Role.INSPECTOR)
                .allow("GET /inspections/{id}/checklist", readers)
                .allow("PATCH /inspections/{id}/checklist", Role.INSPECTOR)
                .allow("PUT /inspections/{id}/checklist/{code}", Role.INSPECTOR)
                .allow("GET /inspections/{id}/evidence", readers)
                .allow("POST /inspections/{id}/evidence", Role.INSPECTOR)
                .allow("GET /inspections/{id}/evidence/{sha256}", readers)
                .allow("GET /inspections/{id}/materials", readers)
                .allow("GET /inspections/{id}/materials/{sha256}", readers)
                .allow("POST /inspections/{id}/result", Role.INSPECTOR)
                .allow("POST /inspections/{id}/not-applicable", Role.INSPECTOR)
                .allow("POST /inspections/{id}/corrections", Role.INSPECTOR)
                .allow("POST /inspections/{id}/question-answer", Role.INSPECTOR)
                .allow("POST /inspections/{id}/joint-visit/confirmation", Role.INSPECTOR)
                .allow("POST /inspections/{id}/joint-visit/other-slot", Role.INSPECTOR)
                .allow("GET /inspections/{id}/results", readers)
                .allow("GET /inspections/{id}/site-visits", readers)
                .allow("POST /inspections/{id}/site-visits", Role.INSPECTOR)
                .allow("GET /inspections/{id}/special-procedures", readers)
                .allow("POST /inspections/{id}/special-procedures", Role.INSPECTOR)
                .allow("POST /inspections/{id}/special-procedures/{procedureId}/close", Role.INSPECTOR)
                .allow("GET /audit", Role.COORDINATOR, Role.SUPERVISOR)
                .check(service, List.of(Workbench.inspector("Li Na"), Workbench.lead("Liu Wei"),
                        Workbench.applicant(), Workbench.coordinator(), Workbench.supervisor()));
    }

    @Test
    void inspectors_and_leads_of_another_department_or_of_none_are_refused_here() {
        String inspection = new Workbench(codec).file(request(Workbench.department()));
        String elsewhere = "quality".equals(Workbench.department()) ? "fire" : "quality";
        User otherInspector = User.inspector("Sun Hao", elsewhere);
        User otherLead = User.lead("Zhou Jie", elsewhere);
        User ofNoDepartment = new User("Qian Lei", List.of(Role.INSPECTOR), null, null);

        for (User user : List.of(otherInspector, otherLead, ofNoDepartment)) {
            as(user).get("/inspections/{id}", inspection).then().statusCode(403)
                    .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "forbidden"));
        }
        as(otherLead).contentType(ContentType.JSON).body(Map.of("inspector", "Sun Hao"))
                .post("/inspections/{id}/assignment", inspection).then().statusCode(403);
        as(otherInspector).post("/inspections/{id}/claim", inspection).then().statusCode(403);

        JsonPath unchanged = Workbench.inspection(inspection);
        assertThat(unchanged.getString("assignee")).isNull();
        as(Workbench.lead("Liu Wei")).contentType(ContentType.JSON).body(Map.of("inspector", "Li Na"))
                .post("/inspections/{id}/assignment", inspection).then().statusCode(200)
                .body("assignee", equalTo("Li Na"));
    }

    @Test
    void the_actor_is_the_one_the_token_names_whoever_the_body_names() {
        String inspection = new Workbench(codec).file(request(Workbench.department()));

        as(Workbench.inspector("Li Na")).contentType(ContentType.JSON)
                .body(Map.of("inspector", "Zhao Min", "date", "2025-09-30", "time", "10:00"))
                .post("/inspections/{id}/site-visits", inspection).then().statusCode(200)
                .body("inspector", equalTo("Li Na"));
        assertThat(Workbench.inspection(inspection).getString("assignee")).isEqualTo("Li Na");
        assertThat(reading().get("/inspections/{id}/activity", inspection).then().statusCode(200).extract()
                .jsonPath().getString("[-1].actor")).isEqualTo("Li Na");
    }

    @Test
    void no_token_an_expired_one_or_a_forged_one_is_answered_401_as_a_problem() {
        User liNa = Workbench.inspector("Li Na");
        given().get("/inspections").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("type", equalTo(PROBLEMS + "unauthorized"));
        for (String token : List.of(TestTokens.expired(liNa), TestTokens.forged(liNa), "not-a-token")) {
            given().auth().oauth2(token).get("/inspections").then().statusCode(401)
                    .contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                    .body("type", equalTo(PROBLEMS + "unauthorized"));
        }
    }

    @Test
    void a_token_verified_once_is_refused_as_soon_as_it_expires() {
        String shortLived = TestTokens.validFor(Workbench.inspector("Li Na"), Duration.ofSeconds(3));
        given().auth().oauth2(shortLived).get("/inspections").then().statusCode(200);
        given().auth().oauth2(shortLived).get("/inspections").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(shortLived)
                .get("/inspections").then().statusCode(401).body("type", equalTo(PROBLEMS + "unauthorized")));
    }

    @Test
    void refused_requests_and_unverifiable_tokens_are_in_the_audit_log() {
        UUID refused = UUID.randomUUID();
        UUID forged = UUID.randomUUID();
        as(Workbench.applicant()).get("/inspections/{id}", refused).then().statusCode(403);
        given().auth().oauth2(TestTokens.forged(Workbench.coordinator())).get("/inspections/{id}", forged).then()
                .statusCode(401);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonPath audit = as(Workbench.supervisor()).get("/audit?limit=1000").then().statusCode(200).extract()
                    .jsonPath();
            assertThat(audit.getList("findAll { it.detail == 'GET /inspections/" + refused + "' }.action"))
                    .containsExactly(AuditLog.ACCESS_REFUSED);
            assertThat(audit.getString("find { it.detail == 'GET /inspections/" + refused + "' }.actor"))
                    .isEqualTo("Dalian Haiwan Construction Co., Ltd. (roles applicant; credit_code "
                            + "91210200MA0QC8K63J)");
            assertThat(audit.getList("findAll { it.detail == 'GET /inspections/" + forged + "' }.action"))
                    .containsExactly(AuditLog.AUTHENTICATION_FAILED);
        });
        as(Workbench.inspector("Li Na")).get("/audit").then().statusCode(403);
    }
}
