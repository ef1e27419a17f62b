package org.jointacceptance.acceptance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.jointacceptance.messaging.acceptance.InspectionMode;
import org.jointacceptance.messaging.acceptance.SectionDecision;
import org.jointacceptance.messaging.department.Finding;
import org.jointacceptance.messaging.department.InspectionResult;
import org.jointacceptance.messaging.department.InspectionResultSubmitted;
import org.jointacceptance.problem.ProblemException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules of a section's life, without a database or a running service: given the section's history (asked,
 * results, decisions), when the next thing happens, then what the section decides.
 */
class SectionTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate DEPARTMENTS_DUE = LocalDate.of(2026, 6, 12);
    private static final LocalDate RECTIFY_BY = LocalDate.of(2026, 6, 30);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 6, 10, 10, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final int CITY_ROUND_LIMIT = 3;
    private static final BooleanSupplier NOTHING_OWED = () -> false;
    private static final BooleanSupplier MATERIAL_OWED = () -> true;

    private static final Finding SPRINKLERS = new Finding("Automatic sprinklers", "自动喷水灭火系统",
            "Sprinkler heads missing in basement garage zone B", true, "Install the heads", null, List.of());
    private static final Finding GREENING = new Finding("Greening",
            "Greening ratio 28% below the permitted 30%", true, "Plant the north courtyard");
    private static final Finding OVER_HEIGHT = new Finding("Building height",
            "Built 3 m above the approved height", false, null);

    private final Application application = application();

    @Nested
    class Opening {

        @Test
        void the_window_accepting_the_application_asks_every_routed_department_to_inspect_round_one() {
            Section section = Section.draft(application, 1, "Whole project", List.of("1#"), BigDecimal.TEN);

            List<SectionInspection> asked = section.open(departments("quality", "fire"), MONDAY, DEPARTMENTS_DUE);

            assertThat(section.status).isEqualTo(SectionStatus.IN_INSPECTION);
            assertThat(asked).extracting(inspection -> inspection.department).containsExactly("quality", "fire");
            assertThat(asked).allSatisfy(inspection -> {
                assertThat(inspection.round).isEqualTo(1);
                assertThat(inspection.state).isEqualTo(InspectionState.REQUESTED);
                assertThat(inspection.requestedOn).isEqualTo(MONDAY);
                assertThat(inspection.dueDate).isEqualTo(DEPARTMENTS_DUE);
            });
        }
    }

    @Nested
    class KeyProject {

        @Test
        void each_awaited_inspection_takes_the_shorter_due_date_and_none_moves_later() {
            Section section = Section.draft(application, 1, "Whole project", List.of("1#"), BigDecimal.TEN);
            section.open(departments("quality", "fire", "land"), MONDAY, DEPARTMENTS_DUE);
            section.record(passed(section, "land", 1));
            section.inspectionsOfRound(1).stream().filter(inspection -> inspection.department.equals("quality"))
                    .forEach(inspection -> inspection.dueDate = MONDAY.plusDays(1));

            List<SectionInspection> awaited = section.shortenAwaitedDueDates(askedOn -> askedOn.plusDays(3));

            assertThat(awaited).extracting(inspection -> inspection.department, inspection -> inspection.dueDate)
                    .containsExactly(tuple("quality", MONDAY.plusDays(1)), tuple("fire", MONDAY.plusDays(3)));
        }
    }

    @Nested
    class Results {

        @Test
        void a_result_of_a_department_asked_in_the_current_round_is_recorded() {
            Section section = given("quality", "fire");

            Section.ResultOutcome outcome = section.record(passed(section, "fire", 1));

            assertThat(outcome).isInstanceOf(Section.Recorded.class);
            assertThat(section.inspection("fire", 1).orElseThrow().state).isEqualTo(InspectionState.PASSED);
        }

        @Test
        void a_result_of_a_department_not_asked_or_of_another_round_is_refused() {
            Section section = given("quality", "fire");

            assertThat(section.record(passed(section, "land", 1)))
                    .isEqualTo(new Section.Refused("department land was not asked to inspect this section"));
            assertThat(section.record(passed(section, "fire", 2)))
                    .isEqualTo(new Section.Refused("round 2 is not the section's current round 1"));
        }

        @Test
        void the_same_result_delivered_again_changes_nothing_and_a_second_conclusion_is_refused() {
            Section section = given("quality", "fire");
            InspectionResultSubmitted passed = passed(section, "fire", 1);
            section.record(passed);

            assertThat(section.record(passed)).isInstanceOf(Section.Repeated.class);
            assertThat(section.record(failed(section, "fire", 1, SPRINKLERS)))
                    .isInstanceOf(Section.Refused.class)
                    .extracting(refused -> ((Section.Refused) refused).reason()).asString()
                    .startsWith("the department already concluded this round with inspection");
            assertThat(section.inspection("fire", 1).orElseThrow().state).isEqualTo(InspectionState.PASSED);
        }

        @Test
        void a_result_of_a_withdrawn_department_or_for_a_terminated_application_is_refused() {
            Section section = given("quality", "fire");
            section.withdrawDepartment("fire", "No fire installations in this section");

            assertThat(section.record(passed(section, "fire", 1)))
                    .isEqualTo(new Section.Refused("department fire was withdrawn from this section"));

            application.terminate("The firm withdrew the application", NOW);
            assertThat(section.record(passed(section, "quality", 1)))
                    .isEqualTo(new Section.Refused("the application was terminated: The firm withdrew the application"));
        }
    }

    @Nested
    class Decisions {

        @Test
        void a_round_with_a_department_still_awaited_is_not_decided() {
            Section section = given("quality", "fire");
            section.record(passed(section, "quality", 1));

            assertThat(decide(section)).isInstanceOf(Section.StillOpen.class);
            assertThat(section.status).isEqualTo(SectionStatus.IN_INSPECTION);
        }

        @Test
        void when_every_department_passed_the_section_and_its_application_are_accepted() {
            Section section = given("quality", "fire");
            section.record(passed(section, "quality", 1));
            section.record(notApplicable(section, "fire", 1));

            SectionDecisionRecord decision = decided(section);

            assertThat(decision.decision).isEqualTo(SectionDecision.ACCEPTED);
            assertThat(decision.findings).isEmpty();
            assertThat(section.status).isEqualTo(SectionStatus.ACCEPTED);
            assertThat(application.status).isEqualTo(ApplicationStatus.ACCEPTED);
            assertThat(decide(section)).as("decided once").isInstanceOf(Section.StillOpen.class);
        }

        @Test
        void a_section_every_department_passed_waits_while_a_material_is_owed_and_is_accepted_once_it_arrives() {
            Section section = given("quality", "fire");
            section.record(passed(section, "quality", 1));
            section.record(passed(section, "fire", 1));

            assertThat(section.decideIfRoundComplete(MATERIAL_OWED, CITY_ROUND_LIMIT, Section.Signature.NOT_REQUIRED,
                    () -> RECTIFY_BY, NOW))
                    .isInstanceOf(Section.HeldForMaterial.class);
            assertThat(section.status).isEqualTo(SectionStatus.AWAITING_MATERIAL);
            assertThat(section.decideIfRoundComplete(MATERIAL_OWED, CITY_ROUND_LIMIT, Section.Signature.NOT_REQUIRED,
                    () -> RECTIFY_BY, NOW))
                    .as("held once").isInstanceOf(Section.StillOpen.class);

            assertThat(decided(section).decision).isEqualTo(SectionDecision.ACCEPTED);
        }

        @Test
        void a_rectifiable_failure_gives_one_notice_with_every_finding_of_every_department_and_a_deadline() {
            Section section = given("quality", "fire", "planning");
            section.record(passed(section, "quality", 1));
            section.record(failed(section, "fire", 1, SPRINKLERS));
            section.record(failed(section, "planning", 1, GREENING));

            SectionDecisionRecord notice = decided(section);

            assertThat(notice.decision).isEqualTo(SectionDecision.RECTIFICATION_REQUIRED);
            assertThat(notice.findings)
                    .extracting(NoticeFinding::department, NoticeFinding::item, NoticeFinding::itemZh)
                    .containsExactly(tuple("fire", "Automatic sprinklers", "自动喷水灭火系统"),
                            tuple("planning", "Greening", null));
            assertThat(notice.findings.get(0).toEvent().itemZh()).isEqualTo("自动喷水灭火系统");
            assertThat(section.rectifyBy).isEqualTo(RECTIFY_BY);
            assertThat(section.notice()).isSameAs(notice);
            assertThat(application.status).isEqualTo(ApplicationStatus.RECTIFICATION_REQUIRED);
        }

        @Test
        void a_failure_without_itemised_findings_still_names_its_department_in_the_notice() {
            Section section = given("fire");
            section.record(failed(section, "fire", 1));

            assertThat(decided(section).findings).containsExactly(new NoticeFinding("fire", null, null,
                    "The department failed the section without itemised findings", true, null));
        }

        @Test
        void a_finding_that_cannot_be_rectified_rejects_the_section_and_the_application() {
            Section section = given("planning", "fire");
            section.record(failed(section, "planning", 1, OVER_HEIGHT));
            section.record(failed(section, "fire", 1, SPRINKLERS));

            SectionDecisionRecord decision = decided(section);

            assertThat(decision.decision).isEqualTo(SectionDecision.REJECTED);
            assertThat(decision.reasons).containsExactly(
                    "Not rectifiable (planning): Built 3 m above the approved height");
            assertThat(section.rectifyBy).isNull();
            assertThat(application.status).isEqualTo(ApplicationStatus.REJECTED);
        }

        @Test
        void a_section_still_failing_in_the_last_round_allowed_is_rejected() {
            Section section = given("quality", "fire");
            section.record(passed(section, "quality", 1));
            for (int round = 1; round < CITY_ROUND_LIMIT; round++) {
                section.record(failed(section, "fire", round, SPRINKLERS));
                decided(section);
                section.rectify(List.of(answer(0)), digests -> List.of(), MONDAY, DEPARTMENTS_DUE, NOW);
            }
            section.record(failed(section, "fire", CITY_ROUND_LIMIT, SPRINKLERS));

            SectionDecisionRecord decision = decided(section);

            assertThat(decision.decision).isEqualTo(SectionDecision.REJECTED);
            assertThat(decision.reasons).containsExactly("Still failing after 3 rounds; the limit is 3");
        }

        @Test
        void a_notice_whose_deadline_cannot_be_counted_yet_is_issued_without_one() {
            Section section = given("fire");
            section.record(failed(section, "fire", 1, SPRINKLERS));

            section.decideIfRoundComplete(NOTHING_OWED, CITY_ROUND_LIMIT, Section.Signature.NOT_REQUIRED, () -> null,
                    NOW);

            assertThat(section.status).isEqualTo(SectionStatus.RECTIFICATION_REQUIRED);
            assertThat(section.rectifyBy).isNull();
            assertThat(section.noticeLapsed(RECTIFY_BY.plusYears(1))).as("never lapses without a deadline").isFalse();
            assertThat(section.moveRectificationDeadline(null, RECTIFY_BY)).isTrue();
            assertThat(section.rectifyBy).isEqualTo(RECTIFY_BY);
        }
    }

    @Nested
    class LeadSignature {

        private static final LocalDate SIGN_BY = LocalDate.of(2026, 6, 12);
        private static final Section.Signature LEAD_SIGNS = new Section.Signature(true, () -> SIGN_BY);

        @Test
        void a_complete_round_waits_for_the_lead_who_signs_the_decision_its_results_come_to() {
            Section section = given("quality", "fire");
            section.record(passed(section, "quality", 1));
            section.record(failed(section, "fire", 1, SPRINKLERS));

            Section.RoundOutcome outcome = section.decideIfRoundComplete(NOTHING_OWED, CITY_ROUND_LIMIT, LEAD_SIGNS,
                    () -> RECTIFY_BY, NOW);

            assertThat(outcome).isInstanceOf(Section.AwaitingSignature.class);
            assertThat(((Section.AwaitingSignature) outcome).consolidated().decision())
                    .isEqualTo(SectionDecision.RECTIFICATION_REQUIRED);
            assertThat(section.status).isEqualTo(SectionStatus.AWAITING_SIGNATURE);
            assertThat(section.awaitingSignatureSince).isEqualTo(NOW);
            assertThat(section.signBy).isEqualTo(SIGN_BY);
            assertThat(section.decisions).isEmpty();
            assertThat(application.status).isEqualTo(ApplicationStatus.IN_INSPECTION);
            assertThat(section.decideIfRoundComplete(NOTHING_OWED, CITY_ROUND_LIMIT, LEAD_SIGNS, () -> RECTIFY_BY,
                    NOW)).as("queued once").isInstanceOf(Section.StillOpen.class);

            Section.RoundOutcome signed = section.sign(SectionDecision.RECTIFICATION_REQUIRED, "gao.jian", "高健",
                    NOTHING_OWED, CITY_ROUND_LIMIT, () -> RECTIFY_BY, NOW);

            SectionDecisionRecord decision = ((Section.Decided) signed).decision();
            assertThat(decision.decision).isEqualTo(SectionDecision.RECTIFICATION_REQUIRED);
            assertThat(decision.signedBy).isEqualTo("gao.jian");
            assertThat(decision.signedByName).isEqualTo("高健");
            assertThat(section.rectifyBy).isEqualTo(RECTIFY_BY);
            assertThat(section.signBy).isNull();
            assertThat(application.status).isEqualTo(ApplicationStatus.RECTIFICATION_REQUIRED);
            assertProblem(() -> section.sign(SectionDecision.RECTIFICATION_REQUIRED, "gao.jian", "高健",
                    NOTHING_OWED, CITY_ROUND_LIMIT, () -> RECTIFY_BY, NOW), "not-awaiting-signature");
        }

        @Test
        void a_correction_while_the_round_waits_changes_the_decision_and_the_lead_signs_what_it_is_now() {
            Section section = given("fire");
            InspectionResultSubmitted failed = failed(section, "fire", 1, SPRINKLERS);
            section.record(failed);
            section.decideIfRoundComplete(NOTHING_OWED, CITY_ROUND_LIMIT, LEAD_SIGNS, () -> RECTIFY_BY, NOW);

            assertThat(section.record(correction(failed, InspectionResult.PASSED)))
                    .isInstanceOf(Section.Corrected.class);

            assertThat(section.consolidate(CITY_ROUND_LIMIT).decision()).isEqualTo(SectionDecision.ACCEPTED);
            assertProblem(() -> section.sign(SectionDecision.RECTIFICATION_REQUIRED, "gao.jian", "高健",
                    NOTHING_OWED, CITY_ROUND_LIMIT, () -> RECTIFY_BY, NOW), "decision-changed");
            assertThat(section.status).isEqualTo(SectionStatus.AWAITING_SIGNATURE);
            Section.RoundOutcome signed = section.sign(SectionDecision.ACCEPTED, "gao.jian", "高健", NOTHING_OWED,
                    CITY_ROUND_LIMIT, () -> RECTIFY_BY, NOW);
            assertThat(((Section.Decided) signed).decision().decision).isEqualTo(SectionDecision.ACCEPTED);
            assertThat(section.status).isEqualTo(SectionStatus.ACCEPTED);
        }

        @Test
        void the_lead_asks_a_department_about_its_result_and_the_round_waits_for_its_answer() {
            Section section = given("quality", "fire");
            section.record(passed(section, "quality", 1));
            section.record(passed(section, "fire", 1));
            section.decideIfRoundComplete(NOTHING_OWED, CITY_ROUND_LIMIT, LEAD_SIGNS, () -> RECTIFY_BY, NOW);

            assertProblem(() -> section.question("civil-air-defense", "Why?"), "department-without-result");
            SectionInspection asked = section.question("fire", "Were the sprinklers tested?");

            assertThat(asked.question).isEqualTo("Were the sprinklers tested?");
            assertThat(section.status).isEqualTo(SectionStatus.IN_INSPECTION);
            assertThat(section.signBy).isNull();
            assertThat(section.decideIfRoundComplete(NOTHING_OWED, CITY_ROUND_LIMIT, LEAD_SIGNS, () -> RECTIFY_BY,
                    NOW)).as("a question open").isInstanceOf(Section.StillOpen.class);
            assertThat(section.answer("fire", 2, "Yes")).as("another round").isFalse();

            assertThat(section.answer("fire", 1, "Tested on 28 May")).isTrue();
            assertThat(asked.answer).isEqualTo("Tested on 28 May");
            assertThat(section.answer("fire", 1, "Again")).as("answered once").isFalse();
            assertThat(section.decideIfRoundComplete(NOTHING_OWED, CITY_ROUND_LIMIT, LEAD_SIGNS, () -> RECTIFY_BY,
                    NOW)).isInstanceOf(Section.AwaitingSignature.class);
        }

        @Test
        void the_system_signs_without_a_name_and_a_terminated_application_has_nothing_to_sign() {
            Section section = given("fire");
            section.record(passed(section, "fire", 1));
            section.decideIfRoundComplete(NOTHING_OWED, CITY_ROUND_LIMIT, LEAD_SIGNS, () -> RECTIFY_BY, NOW);

            application.terminate("The firm withdrew the application", NOW);

            assertProblem(() -> section.sign(null, null, null, NOTHING_OWED, CITY_ROUND_LIMIT, () -> RECTIFY_BY,
                    NOW), "application-closed");
        }
    }

    @Nested
    class LateCorrections {

        @Test
        void a_correction_after_the_decision_waits_for_the_lead_and_the_decision_stands_meanwhile() {
            Section section = given("quality", "fire");
            section.record(passed(section, "quality", 1));
            InspectionResultSubmitted fire = passed(section, "fire", 1);
            section.record(fire);
            assertThat(decided(section).decision).isEqualTo(SectionDecision.ACCEPTED);

            InspectionResultSubmitted correction = failedOnCorrection(fire);
            assertThat(section.record(correction)).isInstanceOf(Section.CorrectedAfterDecision.class);
            LateCorrection late = section.holdForLead(correction, NOW);

            assertThat(section.lateCorrections).containsExactly(late);
            assertThat(late.settlement).isNull();
            assertThat(section.status).isEqualTo(SectionStatus.ACCEPTED);
            assertThat(section.inspection("fire", 1).orElseThrow().state).isEqualTo(InspectionState.PASSED);
        }

        @Test
        void reopening_withdraws_the_rounds_decision_and_the_round_is_decided_again_with_the_corrected_result() {
            Section section = given("quality", "fire");
            section.record(passed(section, "quality", 1));
            InspectionResultSubmitted fire = passed(section, "fire", 1);
            section.record(fire);
            SectionDecisionRecord accepted = decided(section);
            LateCorrection late = section.holdForLead(failedOnCorrection(fire), NOW);

            List<SectionDecisionRecord> withdrawn = section.reopenOnCorrection(late.id, "The garage was never tested",
                    NOW, "gao.jian", "高健");

            assertThat(withdrawn).containsExactly(accepted);
            assertThat(accepted.withdrawnAt).isEqualTo(NOW);
            assertThat(accepted.withdrawnReason).isEqualTo("The garage was never tested");
            assertThat(section.status).isEqualTo(SectionStatus.IN_INSPECTION);
            assertThat(application.status).isEqualTo(ApplicationStatus.IN_INSPECTION);
            assertThat(late.settlement).isEqualTo(LateCorrection.Settlement.REOPENED);
            assertThat(late.settledByName).isEqualTo("高健");
            SectionDecisionRecord again = decided(section);
            assertThat(again.decision).isEqualTo(SectionDecision.RECTIFICATION_REQUIRED);
            assertThat(again.findings).extracting(NoticeFinding::item).containsExactly("Automatic sprinklers");
            assertThat(section.notice()).isSameAs(again);
            assertProblem(() -> section.reopenOnCorrection(late.id, "Once more", NOW, "gao.jian", "高健"),
                    "late-correction-settled");
            assertProblem(() -> section.letStand(late.id, "Once more", NOW, "gao.jian", "高健"),
                    "late-correction-settled");
        }

        @Test
        void a_correction_of_a_round_the_section_has_moved_on_from_can_only_be_let_stand() {
            Section section = noticeFrom("quality", "fire");
            InspectionResultSubmitted quality = passedOf(section, "quality");
            rectify(section, answer(0));
            LateCorrection late = section.holdForLead(failedOnCorrection(quality), NOW);

            assertProblem(() -> section.reopenOnCorrection(late.id, "Too late", NOW, "gao.jian", "高健"),
                    "late-correction-overtaken");
            section.letStand(late.id, "Round 2 inspects it anyway", NOW, "gao.jian", "高健");
            assertThat(late.settlement).isEqualTo(LateCorrection.Settlement.STANDS);
            assertThat(section.round).isEqualTo(2);
        }
    }

    @Nested
    class Rectifying {

        @Test
        void answering_every_finding_opens_the_next_round_for_the_departments_that_failed_only() {
            Section section = noticeFrom("quality", "fire", "planning");

            Section.Rectified rectified = section.rectify(List.of(answer(0, "a".repeat(64)), answer(1)),
                    digests -> digests.stream().map(sha -> new EvidenceFile("report.pdf", "application/pdf", sha))
                            .toList(), RECTIFY_BY, DEPARTMENTS_DUE, NOW);

            assertThat(section.round).isEqualTo(2);
            assertThat(section.status).isEqualTo(SectionStatus.IN_INSPECTION);
            assertThat(section.rectifyBy).isNull();
            assertThat(rectified.departments()).containsExactly("fire", "planning");
            assertThat(section.inspectionsOfRound(2)).allSatisfy(inspection -> {
                assertThat(inspection.state).isEqualTo(InspectionState.REQUESTED);
                assertThat(inspection.requestedOn).isEqualTo(RECTIFY_BY);
                assertThat(inspection.dueDate).isEqualTo(DEPARTMENTS_DUE);
            });
            assertThat(section.inspection("quality", 1).orElseThrow().state).as("a pass is kept")
                    .isEqualTo(InspectionState.PASSED);
            List<Rectification.Answer> toFire = rectified.answersFor("fire");
            assertThat(toFire).singleElement().satisfies(finding -> {
                assertThat(finding.item()).isEqualTo("Automatic sprinklers");
                assertThat(finding.toEvent().itemZh()).as("told the department inspecting again")
                        .isEqualTo("自动喷水灭火系统");
                assertThat(finding.evidence()).extracting(EvidenceFile::sha256)
                        .containsExactly("a".repeat(64));
            });
            assertThat(application.status).isEqualTo(ApplicationStatus.IN_INSPECTION);
        }

        @Test
        void every_finding_must_be_answered_once_and_only_the_notice_s_findings() {
            Section section = noticeFrom("quality", "fire", "planning");

            assertProblem(() -> rectify(section, answer(0)), "findings-unanswered");
            assertProblem(() -> rectify(section, answer(0), answer(0), answer(1)), "finding-answered-twice");
            assertProblem(() -> rectify(section, answer(0), answer(1), answer(2)), "unknown-finding");
            assertThat(section.round).as("nothing changed").isEqualTo(1);
        }

        @Test
        void a_notice_cannot_be_answered_after_its_deadline_nor_a_section_that_awaits_none() {
            Section section = noticeFrom("fire", "planning");

            assertProblem(() -> section.rectify(List.of(answer(0), answer(1)), digests -> List.of(),
                    RECTIFY_BY.plusDays(1), DEPARTMENTS_DUE, NOW), "rectification-deadline-missed");

            Section inspected = given("fire");
            assertProblem(() -> rectify(inspected, answer(0)), "not-awaiting-rectification");
        }

        @Test
        void a_notice_left_unanswered_past_its_deadline_rejects_the_section_with_the_notice_s_findings() {
            Section section = noticeFrom("fire", "planning");
            assertThat(section.noticeLapsed(RECTIFY_BY)).isFalse();
            assertThat(section.noticeLapsed(RECTIFY_BY.plusDays(1))).isTrue();

            SectionDecisionRecord rejection = section.rejectUnrectified(RECTIFY_BY.plusDays(1), NOW);

            assertThat(rejection.decision).isEqualTo(SectionDecision.REJECTED);
            assertThat(rejection.round).isEqualTo(1);
            assertThat(rejection.findings).hasSize(2);
            assertThat(rejection.reasons).containsExactly(
                    "No rectification was submitted by 2026-06-30, the notice's deadline");
            assertThat(section.notice()).as("the rejection repeats the notice").isSameAs(rejection);
        }

        @Test
        void a_coordinator_reopens_a_rejected_section_for_one_more_round_and_its_notice_can_be_answered_again() {
            Section section = noticeFrom("fire", "planning");
            section.rejectUnrectified(RECTIFY_BY.plusDays(1), NOW);
            LocalDate newDeadline = RECTIFY_BY.plusDays(21);

            section.reopen(newDeadline);

            assertThat(section.status).isEqualTo(SectionStatus.RECTIFICATION_REQUIRED);
            assertThat(section.roundLimit).isEqualTo(2);
            assertThat(section.rectifyBy).isEqualTo(newDeadline);
            assertThat(application.status).isEqualTo(ApplicationStatus.RECTIFICATION_REQUIRED);
            rectify(section, answer(0), answer(1));
            assertThat(section.round).isEqualTo(2);
            assertProblem(() -> section.reopen(newDeadline), "section-not-rejected");
        }

        @Test
        void a_deadline_moves_only_while_it_is_awaited_and_only_from_the_day_it_was() {
            Section section = noticeFrom("fire");

            assertThat(section.moveRectificationDeadline(RECTIFY_BY.minusDays(1), RECTIFY_BY.plusDays(1))).isFalse();
            assertThat(section.moveRectificationDeadline(RECTIFY_BY, RECTIFY_BY.plusDays(1))).isTrue();
            assertThat(section.rectifyBy).isEqualTo(RECTIFY_BY.plusDays(1));
        }
    }

    @Nested
    class Routing {

        @Test
        void a_department_added_to_the_current_round_is_asked_and_one_already_routed_cannot_be_added_again() {
            Section section = given("quality");

            SectionInspection added = section.addDepartment("civil-air-defense", InspectionMode.FILING,
                    MONDAY, DEPARTMENTS_DUE);

            assertThat(added.round).isEqualTo(1);
            assertThat(added.mode).isEqualTo(InspectionMode.FILING);
            assertThat(section.inspectionsOfRound(1)).hasSize(2);
            assertProblem(() -> section.addDepartment("quality", InspectionMode.ACCEPTANCE, MONDAY, DEPARTMENTS_DUE),
                    "department-already-routed");
        }

        @Test
        void withdrawing_the_last_awaited_department_completes_the_round() {
            Section section = given("quality", "fire");
            section.record(passed(section, "quality", 1));

            section.withdrawDepartment("fire", "No fire installations in this section");

            assertThat(decided(section).decision).isEqualTo(SectionDecision.ACCEPTED);
        }

        @Test
        void a_department_that_concluded_cannot_be_withdrawn_and_a_withdrawn_one_can_be_asked_again() {
            Section section = given("quality", "fire");
            section.record(passed(section, "quality", 1));
            section.withdrawDepartment("fire", "Routed by mistake");

            assertProblem(() -> section.withdrawDepartment("quality", "Too late"), "department-already-concluded");
            assertProblem(() -> section.withdrawDepartment("fire", "Twice"), "department-not-routed");
            SectionInspection again = section.addDepartment("fire", InspectionMode.ACCEPTANCE, MONDAY,
                    DEPARTMENTS_DUE);
            assertThat(again.state).isEqualTo(InspectionState.REQUESTED);
            assertThat(section.inspectionsOfRound(1)).hasSize(2);
        }

        @Test
        void routing_changes_only_while_the_section_is_inspected() {
            Section section = noticeFrom("fire");

            assertProblem(() -> section.addDepartment("land", InspectionMode.ACCEPTANCE, MONDAY, DEPARTMENTS_DUE),
                    "section-not-in-inspection");
        }
    }

    @Nested
    class TheApplication {

        @Test
        void follows_its_sections_inspected_until_every_one_is_accepted() {
            Section one = given("quality");
            Section two = given("quality");
            one.record(passed(one, "quality", 1));
            decided(one);

            assertThat(application.status).isEqualTo(ApplicationStatus.IN_INSPECTION);

            two.record(passed(two, "quality", 1));
            decided(two);
            assertThat(application.status).isEqualTo(ApplicationStatus.ACCEPTED);
        }

        @Test
        void once_accepted_or_terminated_cannot_be_terminated() {
            Section section = given("quality");
            section.record(passed(section, "quality", 1));
            decided(section);

            assertProblem(() -> application.terminate("Too late", NOW), "application-closed");
        }
    }

    /** A section of the application, accepted at the window and asked of these departments. */
    private Section given(String... departments) {
        Section section = Section.draft(application, application.sections.size() + 1,
                "Section " + (application.sections.size() + 1), List.of("1#"), BigDecimal.TEN);
        application.sections.add(section);
        application.status = ApplicationStatus.IN_INSPECTION;
        application.intakeAcceptedOn = MONDAY;
        section.open(departments(departments), MONDAY, DEPARTMENTS_DUE);
        return section;
    }

    /** A section whose first department passed and every other failed with a rectifiable finding: one notice. */
    private Section noticeFrom(String... departments) {
        Section section = given(departments);
        List<Finding> findings = List.of(SPRINKLERS, GREENING);
        int failing = 0;
        for (String department : departments) {
            section.record(department.equals("quality") ? passed(section, department, 1)
                    : failed(section, department, 1, findings.get(failing++)));
        }
        assertThat(decided(section).decision).isEqualTo(SectionDecision.RECTIFICATION_REQUIRED);
        return section;
    }

    private static Section.RoundOutcome decide(Section section) {
        return section.decideIfRoundComplete(NOTHING_OWED, CITY_ROUND_LIMIT, Section.Signature.NOT_REQUIRED,
                () -> RECTIFY_BY, NOW);
    }

    private static SectionDecisionRecord decided(Section section) {
        Section.RoundOutcome outcome = decide(section);
        assertThat(outcome).isInstanceOf(Section.Decided.class);
        return ((Section.Decided) outcome).decision();
    }

    private static void rectify(Section section, Section.Answer... answers) {
        section.rectify(List.of(answers), digests -> List.of(), MONDAY, DEPARTMENTS_DUE, NOW);
    }

    private static Section.Answer answer(int finding, String... evidence) {
        return new Section.Answer(finding, "Done as required", List.of(evidence));
    }

    private static void assertProblem(Runnable step, String type) {
        assertThatThrownBy(step::run).isInstanceOf(ProblemException.class)
                .extracting(thrown -> ((ProblemException) thrown).kind()).isEqualTo(type);
    }

    private static InspectionResultSubmitted passed(Section section, String department, int round) {
        return result(section, department, round, InspectionResult.PASSED);
    }

    private static InspectionResultSubmitted notApplicable(Section section, String department, int round) {
        return result(section, department, round, InspectionResult.NOT_APPLICABLE);
    }

    private static InspectionResultSubmitted failed(Section section, String department, int round,
            Finding... findings) {
        return result(section, department, round, InspectionResult.FAILED, findings);
    }

    private static InspectionResultSubmitted result(Section section, String department, int round,
            InspectionResult result, Finding... findings) {
        return new InspectionResultSubmitted(UUID.randomUUID(), section.application.id, section.id, department, round,
                result, "Zhao Min", MONDAY.plusDays(3), null, List.of(findings));
    }

    /** The department's correction of {@code earlier} to a failure with one rectifiable finding. */
    private static InspectionResultSubmitted failedOnCorrection(InspectionResultSubmitted earlier) {
        return new InspectionResultSubmitted(earlier.inspectionId(), earlier.applicationId(), earlier.sectionId(),
                earlier.department(), earlier.round(), InspectionResult.FAILED, earlier.inspector(),
                earlier.inspectedOn(), null, List.of(SPRINKLERS), UUID.randomUUID(), UUID.randomUUID(),
                "The garage was left out");
    }

    /** The result the department's cell of round 1 holds, as the department sent it. */
    private static InspectionResultSubmitted passedOf(Section section, String department) {
        SectionInspection cell = section.inspection(department, 1).orElseThrow();
        return new InspectionResultSubmitted(cell.inspectionId, section.application.id, section.id, department, 1,
                InspectionResult.PASSED, cell.inspector, cell.inspectedOn, null, List.of());
    }

    /** The department's correction of {@code earlier} to {@code result}, naming the result it replaces. */
    private static InspectionResultSubmitted correction(InspectionResultSubmitted earlier, InspectionResult result) {
        return new InspectionResultSubmitted(earlier.inspectionId(), earlier.applicationId(), earlier.sectionId(),
                earlier.department(), earlier.round(), result, earlier.inspector(), earlier.inspectedOn(), null,
                List.of(), UUID.randomUUID(), UUID.randomUUID(), "Filed under another section");
    }

    private static Map<String, InspectionMode> departments(String... departments) {
        Map<String, InspectionMode> modes = new LinkedHashMap<>();
        for (String department : departments) {
            modes.put(department, InspectionMode.ACCEPTANCE);
        }
        return modes;
    }

    private static Application application() {
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.status = ApplicationStatus.DRAFT;
        return application;
    }
}
