package org.jointacceptance.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.jointacceptance.department.Workbench.request;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.jointacceptance.department.spotcheck.SpotCheckDraw;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.messaging.EventCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fire protection: special construction projects get the full acceptance; ordinary projects file, and a reproducible
 * random draw sends the configured share of filings to a full spot-check inspection while the others pass on filing.
 */
@QuarkusTest
@TestProfile(FireDepartment.class)
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(AcceptanceServiceStub.class)
class FireSpotCheckTest {

    private static final List<String> PRIMER_TOPICS = List.of("Fire lanes and rescue sites", "Fire hydrants",
            "Automatic sprinklers", "Fire alarm", "Smoke control", "Emergency lighting and evacuation",
            "Fire doors and compartments");
    private static final List<String> PRIMER_TOPICS_ZH = List.of("消防车道与救援场地", "消火栓系统", "自动喷水灭火系统",
            "火灾自动报警系统", "防烟排烟系统", "应急照明与疏散指示", "防火门与防火分区");

    @Inject
    EventCodec codec;

    Workbench workbench;

    @BeforeEach
    void startOfTheWorkingDay() {
        MovableClock.moveTo(MovableClock.START);
        workbench = new Workbench(codec);
    }

    @Test
    void a_special_construction_project_gets_the_full_fire_acceptance_checklist() {
        String inspection = workbench.file(request("fire"));

        JsonPath checklist = Workbench.checklist(inspection);
        assertThat(checklist.getString("spotCheck")).isNull();
        assertThat(checklist.getList("templates.template", String.class)).containsExactly("fire");
        assertThat(checklist.getList("checklist.topic", String.class).stream().distinct()).containsAll(PRIMER_TOPICS);
        assertThat(checklist.getList("checklist.topicZh", String.class).stream().distinct())
                .containsAll(PRIMER_TOPICS_ZH);
        assertThat(checklist.getList("checklist.code", String.class)).contains("hydrants.outdoor", "sprinklers.coverage",
                "alarm.detectors", "smoke.exhaust", "evacuation.lighting", "compartments.doors");
    }

    @Test
    void filings_are_drawn_for_a_spot_check_reproducibly_from_the_seed_on_record_about_as_often_as_configured() {
        BigDecimal rate = new BigDecimal(FireDepartment.SPOT_CHECK_RATE);
        List<JsonPath> filings = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            filings.add(Workbench.checklist(workbench.file(request("fire").filing())));
        }

        for (JsonPath filing : filings) {
            long seed = filing.getLong("spotCheck.seed");
            boolean drawn = filing.getBoolean("spotCheck.drawn");
            assertThat(filing.getString("spotCheck.rate")).isEqualTo("0.5");
            assertThat(SpotCheckDraw.of(seed, rate).drawn()).as("the draw re-run from seed %d", seed).isEqualTo(drawn);
            List<String> codes = filing.getList("checklist.code", String.class);
            assertThat(codes).contains("filing.form", "filing.testing-report");
            if (drawn) {
                assertThat(filing.getList("templates.template", String.class)).containsExactly("fire-filing", "fire");
                assertThat(codes).contains("sprinklers.coverage", "smoke.exhaust");
            } else {
                assertThat(filing.getList("templates.template", String.class)).containsExactly("fire-filing");
                assertThat(codes).allMatch(code -> code.startsWith("filing."));
            }
        }
        assertThat(filings).as("both outcomes of a 50%% draw in 24 filings")
                .anyMatch(filing -> filing.getBoolean("spotCheck.drawn"))
                .anyMatch(filing -> !filing.getBoolean("spotCheck.drawn"));
    }

    @Test
    void a_filing_not_drawn_passes_on_filing_with_the_draw_on_record() {
        JsonPath notDrawn = null;
        String inspection = null;
        Workbench.Request filing = null;
        while (notDrawn == null || notDrawn.getBoolean("spotCheck.drawn")) {
            filing = request("fire").filing();
            inspection = workbench.file(filing);
            notDrawn = Workbench.checklist(inspection);
        }

        Workbench.passTheRest(inspection, Workbench.inspector("Zhao Min"));
        Workbench.submit(inspection, Workbench.inspector("Zhao Min")).statusCode(200).body("result", equalTo("PASSED"))
                .body("reason", nullValue());
        JsonPath announced = Workbench.announced(filing.application, "InspectionResultSubmitted").get(0);
        assertThat(announced.getBoolean("passedOnFiling")).isTrue();
        assertThat(Workbench.checklist(inspection).getBoolean("spotCheck.drawn")).isFalse();
    }

    @Test
    void a_filing_drawn_for_a_spot_check_passes_on_its_site_inspection_not_on_filing() {
        JsonPath drawn = null;
        String inspection = null;
        Workbench.Request filing = null;
        while (drawn == null || !drawn.getBoolean("spotCheck.drawn")) {
            filing = request("fire").filing();
            inspection = workbench.file(filing);
            drawn = Workbench.checklist(inspection);
        }

        Workbench.passTheRest(inspection, Workbench.inspector("Zhao Min"));
        Workbench.submit(inspection, Workbench.inspector("Zhao Min")).statusCode(200).body("result", equalTo("PASSED"));
        JsonPath announced = Workbench.announced(filing.application, "InspectionResultSubmitted").get(0);
        assertThat(announced.getBoolean("passedOnFiling")).isFalse();
    }
}
