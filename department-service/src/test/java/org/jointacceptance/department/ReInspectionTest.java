package org.jointacceptance.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.jointacceptance.department.Workbench.fail;
import static org.jointacceptance.department.Workbench.mark;
import static org.jointacceptance.department.Workbench.pass;
import static org.jointacceptance.department.Workbench.request;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.tokens.User;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.acceptance.RectifiedFinding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A re-inspection checks what failed before, against the applicant's answer; what passed stays passed. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(AcceptanceServiceStub.class)
class ReInspectionTest {

    private static final String REPORT = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

    private final User liNa = Workbench.inspector("Li Na");

    @Inject
    EventCodec codec;

    Workbench workbench;

    @BeforeEach
    void startOfTheWorkingDay() {
        MovableClock.moveTo(MovableClock.START);
        workbench = new Workbench(codec);
    }

    @Test
    void round_2_opens_with_only_the_items_that_failed_before_each_with_the_applicants_answer_and_evidence() {
        Workbench.Request first = request("quality");
        String round1 = workbench.file(first);
        mark(liNa, round1, "special.energy", fail("Energy efficiency acceptance not done", List.of())).statusCode(200);
        mark(liNa, round1, "documents.warranty", fail("No use manual for the residents", List.of())).statusCode(200);
        Workbench.passTheRest(round1, liNa);
        Workbench.submit(round1, liNa).statusCode(200).body("result", equalTo("FAILED"));

        String round2 = workbench.file(request("quality").application(first.application).section(first.section)
                .round(2, List.of(
                        new RectifiedFinding(1, "Building energy efficiency special acceptance", "节能专项验收",
                                "Energy efficiency acceptance not done", "Put it right and send photos",
                                "Accepted on 2025-10-10, report attached", List.of(new RectifiedFinding.Evidence(
                                        "energy-acceptance.pdf", "application/pdf", REPORT))),
                        new RectifiedFinding(1, "Quality warranty and building use manual", "质量保修书、使用说明书",
                                "No use manual for the residents", "Put it right and send photos",
                                "Manual printed and handed out", List.of()))));

        JsonPath checklist = Workbench.checklist(round2);
        assertThat(checklist.getInt("round")).isEqualTo(2);
        assertThat(checklist.getList("checklist.code", String.class)).containsExactly("special.energy", "documents.warranty");
        assertThat(checklist.getString("checklist[0].earlier.description")).isEqualTo("Energy efficiency acceptance not done");
        assertThat(checklist.getString("checklist[0].earlier.answer")).isEqualTo("Accepted on 2025-10-10, report attached");
        assertThat(checklist.getString("checklist[0].earlier.evidence[0].sha256")).isEqualTo(REPORT);
        assertThat(checklist.getInt("checklist[0].earlier.round")).isEqualTo(1);
        assertThat(checklist.getString("checklist[1].earlier.answer")).isEqualTo("Manual printed and handed out");
        assertThat(checklist.getList("checklist.mark")).containsOnlyNulls();
        assertThat(checklist.getString("templates[0].template")).isEqualTo("quality");

        mark(liNa, round2, "special.energy", pass()).statusCode(200);
        mark(liNa, round2, "documents.warranty", pass()).statusCode(200);
        Workbench.submit(round2, liNa).statusCode(200).body("result", equalTo("PASSED")).body("round", equalTo(2));
    }

    @Test
    void a_re_inspection_without_the_earlier_round_on_record_checks_the_findings_the_request_carries() {
        String inspection = workbench.file(request("quality").round(2, List.of(
                new RectifiedFinding(1, "Lift certificates", "电梯检验合格证", "Lift 2 has no inspection certificate",
                        "Obtain the certificate", "Certificate issued on 2025-10-08", List.of()))));

        JsonPath checklist = Workbench.checklist(inspection);
        assertThat(checklist.getList("checklist.title", String.class)).containsExactly("Lift certificates");
        assertThat(checklist.getList("checklist.titleZh", String.class)).containsExactly("电梯检验合格证");
        assertThat(checklist.getString("checklist[0].topic")).isEqualTo("Earlier findings");
        assertThat(checklist.getString("checklist[0].topicZh")).isEqualTo("前轮查验发现的问题");
        assertThat(checklist.getString("checklist[0].earlier.answer")).isEqualTo("Certificate issued on 2025-10-08");
    }
}
