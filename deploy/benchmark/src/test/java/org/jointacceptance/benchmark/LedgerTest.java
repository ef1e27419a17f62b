package org.jointacceptance.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The benchmark's own verification: a run whose decisions differ from its plan is caught, whatever the way. */
class LedgerTest {

    private final Ledger ledger = new Ledger();
    private final UUID application = UUID.randomUUID();
    private final Ledger.SectionPlan passes = new Ledger.SectionPlan(application, UUID.randomUUID(), null);
    private final Ledger.SectionPlan rectified = new Ledger.SectionPlan(application, UUID.randomUUID(), "fire");

    LedgerTest() {
        ledger.plan(passes);
        ledger.plan(rectified);
    }

    @Test
    void a_run_that_went_as_planned_shows_no_difference() {
        decide(passes, 1, "ACCEPTED");
        decide(rectified, 1, "RECTIFICATION_REQUIRED");
        decide(rectified, 2, "ACCEPTED");

        assertThat(ledger.differencesFromPlan()).isEmpty();
        assertThat(ledger.unfinishedSections()).isZero();
    }

    @Test
    void a_missing_a_wrong_a_doubled_and_an_unplanned_decision_are_each_caught() {
        decide(passes, 1, "RECTIFICATION_REQUIRED");
        decide(passes, 2, "ACCEPTED");
        decide(rectified, 1, "RECTIFICATION_REQUIRED");
        decide(rectified, 1, "RECTIFICATION_REQUIRED");

        assertThat(ledger.differencesFromPlan()).hasSize(4)
                .anyMatch(difference -> difference.contains(passes.sectionId() + " round 1"))
                .anyMatch(difference -> difference.contains(passes.sectionId() + " has an unplanned round 2"))
                .anyMatch(difference -> difference.contains(rectified.sectionId() + " round 1"))
                .anyMatch(difference -> difference.contains(rectified.sectionId() + " round 2"));
        assertThat(ledger.unfinishedSections()).isEqualTo(1);
    }

    @Test
    void a_section_whose_material_is_never_supplied_ends_with_its_last_results_and_is_never_accepted() {
        Ledger owing = new Ledger();
        Ledger.SectionPlan section = new Ledger.SectionPlan(application, UUID.randomUUID(), "land",
                Ledger.Owed.NEVER_SUPPLIED, null, null);
        owing.plan(section);
        Ledger.Task first = new Ledger.Task("land", application, section.sectionId(), 1);
        owing.requested(first);
        owing.resultSubmitted(first, 0, null);
        owing.decided(section.sectionId(), 1, "RECTIFICATION_REQUIRED", "event-1", 0);
        Ledger.Task second = new Ledger.Task("land", application, section.sectionId(), 2);
        owing.requested(second);
        assertThat(owing.unfinishedSections()).as("its second round not yet inspected").isEqualTo(1);

        owing.resultSubmitted(second, 0, null);

        assertThat(owing.unfinishedSections()).isZero();
        assertThat(owing.differencesFromPlan()).isEmpty();
        owing.decided(section.sectionId(), 2, "ACCEPTED", "event-2", 0);
        assertThat(owing.differencesFromPlan()).singleElement().asString()
                .contains(section.sectionId() + " round 2: decisions [ACCEPTED] instead of []");
    }

    @Test
    void a_late_department_waits_for_the_clock_and_its_clocks_must_each_be_warned_overdue_once() {
        Ledger late = new Ledger();
        Ledger.SectionPlan section = new Ledger.SectionPlan(application, UUID.randomUUID(), null, Ledger.Owed.NOTHING,
                null, "planning");
        late.plan(section);
        Ledger.Task planning = new Ledger.Task("planning", application, section.sectionId(), 1);
        Ledger.Task fire = new Ledger.Task("fire", application, section.sectionId(), 1);
        assertThat(late.lateTasksRequested()).isFalse();
        late.requested(planning);
        late.requested(fire);
        assertThat(late.lateTasksRequested()).isTrue();
        assertThat(late.waitsForTheClock(planning)).isTrue();
        assertThat(late.waitsForTheClock(fire)).isFalse();

        Ledger.Warning applicationOverdue = new Ledger.Warning(application, null, null, 0, "OVERDUE");
        Ledger.Warning planningOverdue = new Ledger.Warning(application, section.sectionId(), "planning", 1, "OVERDUE");
        late.warned(applicationOverdue, "event-1");
        late.warned(applicationOverdue, "event-1"); // delivered again
        assertThat(late.overdueWarningsSeen()).isFalse();
        assertThat(late.differencesInWarnings()).singleElement().asString()
                .contains("planning's round 1 of section " + section.sectionId() + ": warned [], planned [OVERDUE]");
        late.warned(planningOverdue, "event-2");
        assertThat(late.overdueWarningsSeen()).isTrue();
        assertThat(late.differencesInWarnings()).isEmpty();
        late.clockMoved();
        assertThat(late.waitsForTheClock(planning)).isFalse();

        late.warned(new Ledger.Warning(application, section.sectionId(), "fire", 1, "OVERDUE"), "event-3");
        late.warned(new Ledger.Warning(application, section.sectionId(), "fire", 1, "OVERDUE"), "event-4");
        late.warned(new Ledger.Warning(application, null, null, 0, "YELLOW"), "event-5");
        assertThat(late.differencesInWarnings()).hasSize(2)
                .anyMatch(difference -> difference.contains("fire's round 1 of section " + section.sectionId()
                        + ": warned 2 times OVERDUE"))
                .anyMatch(difference -> difference.contains("application " + application
                        + ": warned [OVERDUE, YELLOW]"));
        assertThat(planningOverdue.recipients()).containsExactly("coordinator", "department:planning", "supervisor");
        assertThat(new Ledger.Warning(application, null, null, 0, "RED").recipients()).containsExactly("coordinator");
    }

    @Test
    void a_material_never_supplied_is_announced_overdue_once_and_one_not_owed_never() {
        Ledger owing = new Ledger();
        UUID never = UUID.randomUUID();
        owing.plan(new Ledger.SectionPlan(never, UUID.randomUUID(), null, Ledger.Owed.NEVER_SUPPLIED, null, null));
        owing.plan(passes);
        assertThat(owing.differencesInMaterialsOverdue()).singleElement().asString()
                .contains("application " + never + ", owing NEVER_SUPPLIED: its material announced overdue 0 times");

        owing.materialOverdue(never, "event-1");
        owing.materialOverdue(never, "event-1"); // delivered again
        owing.materialOverdue(UUID.randomUUID(), "event-2"); // another run's

        assertThat(owing.differencesInMaterialsOverdue()).isEmpty();
        owing.materialOverdue(application, "event-3");
        assertThat(owing.differencesInMaterialsOverdue()).singleElement().asString()
                .contains("application " + application + ", owing NOTHING: its material announced overdue 1 times");
    }

    @Test
    void the_same_decision_delivered_twice_by_kafka_counts_once() {
        ledger.decided(passes.sectionId(), 1, "ACCEPTED", "event-1", 0);
        ledger.decided(passes.sectionId(), 1, "ACCEPTED", "event-1", 0);

        assertThat(ledger.differencesFromPlan()).noneMatch(difference -> difference.contains(passes.sectionId().toString()));
    }

    @Test
    void the_latency_of_a_decision_runs_from_the_last_result_of_its_round() {
        Step.Measure measure = new Step.Measure(Step.openLoop(20, Duration.ZERO, Duration.ofSeconds(1)), new Violations());
        Ledger.Task fire = new Ledger.Task("fire", application, passes.sectionId(), 1);
        Ledger.Task land = new Ledger.Task("land", application, passes.sectionId(), 1);
        ledger.requested(fire);
        ledger.requested(land);
        ledger.resultSubmitted(fire, 1_000_000, measure);
        assertThat(ledger.awaitingDecision()).isZero();
        ledger.resultSubmitted(land, 5_000_000, measure);
        assertThat(ledger.awaitingDecision()).isEqualTo(1);

        ledger.decided(passes.sectionId(), 1, "ACCEPTED", "event-1", 12_000_000);

        assertThat(measure.resultToDecision.getTotalCount()).isEqualTo(1);
        assertThat(measure.resultToDecision.getMaxValue()).isBetween(6_990L, 7_010L); // microseconds
        assertThat(ledger.awaitingDecision()).isZero();
        assertThat(ledger.tasks()).containsExactly(fire, land);
    }

    private void decide(Ledger.SectionPlan section, int round, String decision) {
        ledger.decided(section.sectionId(), round, decision, UUID.randomUUID().toString(), 0);
    }
}
