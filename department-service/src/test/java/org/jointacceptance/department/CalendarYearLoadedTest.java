package org.jointacceptance.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.jointacceptance.calendar.YearArrangement;
import org.jointacceptance.calendar.YearArrangementJson;
import org.jointacceptance.calendar.announced.AnnouncedCalendar;
import org.jointacceptance.calendar.announced.CalendarYear;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.acceptance.CalendarYearLoaded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The years a coordinator loads in acceptance-service reach this department's calendar: each once, the latest
 * version winning, and kept in its database. Every arrangement here is made-up test data, not a State Council notice,
 * and each test has a year of its own.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(AcceptanceServiceStub.class)
class CalendarYearLoadedTest {

    private static final String PROBLEMS = "https://jointacceptance.org/problems/";
    private static final String TEST_SOURCE = "Test arrangement, not the State Council's notice";

    @Inject
    EventCodec codec;

    @Inject
    AnnouncedCalendar calendar;

    @Inject
    EntityManager entityManager;

    Workbench workbench;

    @BeforeEach
    void mondayTheTwentySecondOfSeptember2025() {
        MovableClock.moveTo(MovableClock.START);
        workbench = new Workbench(codec);
    }

    @Test
    void a_loaded_year_opens_its_working_days_and_make_up_workdays_to_site_visits_but_not_its_holidays() {
        String inspection = workbench.file(Workbench.request("quality"));
        schedule(inspection, "2027-10-09").statusCode(422)
                .body("type", equalTo(PROBLEMS + "not-a-working-day")); // a Saturday: provisionally no make-up workday
        schedule(inspection, "2027-10-04").statusCode(200); // provisionally, National Day is 1-3 October

        awaitRead(announce(new CalendarYearLoaded(2027, "2027.1", TEST_SOURCE,
                List.of(holiday("New Year's Day 元旦", "2027-01-01", "2027-01-03"),
                        holiday("Spring Festival 春节", "2027-02-05", "2027-02-13"),
                        holiday("National Day 国庆节", "2027-10-01", "2027-10-07")),
                List.of(day("2027-01-31"), day("2027-02-20"), day("2027-09-26"), day("2027-10-09")),
                "Liu Yang", "The State Council published the 2027 arrangement")));

        schedule(inspection, "2027-10-05").statusCode(422)
                .body("type", equalTo(PROBLEMS + "not-a-working-day"))
                .body("detail", equalTo("2027-10-05 is not a working day in China (a statutory holiday); "
                        + "choose a working day"));
        schedule(inspection, "2027-10-09").statusCode(200).body("date", equalTo("2027-10-09")); // a Saturday
        schedule(inspection, "2027-03-03").statusCode(200).body("date", equalTo("2027-03-03"));
        assertThat(kept(2027).coordinator).isEqualTo("Liu Yang");
    }

    @Test
    void an_open_inspections_due_date_in_a_provisional_year_is_counted_again_when_the_year_arrives() {
        MovableClock.moveTo(LocalDate.of(2031, 12, 29));
        // asked on Monday 12-29 for 5 working days: 12-30, 12-31, provisionally 2032-01-01 off, 01-02, 01-05, 01-06
        String inspection = workbench.file(Workbench.request("quality").due(day("2032-01-06")));
        Workbench.reading().get("/inspections/{id}", inspection).then().statusCode(200)
                .body("dueDate", equalTo("2032-01-06")).body("dueDateProvisional", equalTo(true));

        awaitRead(announce(new CalendarYearLoaded(2032, "2032.1", TEST_SOURCE,
                List.of(holiday("New Year's Day 元旦", "2032-01-01", "2032-01-02")), List.of(), "Liu Yang", null)));

        // Friday 01-02 is off too: the fifth working day is Wednesday 01-07
        Workbench.reading().get("/inspections/{id}", inspection).then().statusCode(200)
                .body("dueDate", equalTo("2032-01-07")).body("dueDateProvisional", equalTo(false));
        Workbench.reading().get("/inspections/{id}/activity", inspection).then().statusCode(200)
                .body("action", org.hamcrest.Matchers.hasItem("DUE_DATE_CHANGED"));
    }

    @Test
    void the_same_announcement_delivered_twice_changes_nothing() {
        CalendarYearLoaded loaded = new CalendarYearLoaded(2028, "2028.1", TEST_SOURCE,
                List.of(holiday("New Year's Day 元旦", "2028-01-01", "2028-01-03")), List.of(), "Liu Yang", null);
        String payload = codec.encode(loaded);
        String eventId = UUID.randomUUID().toString();
        Workbench.KAFKA.sendEvent(Topics.ACCEPTANCE_EVENTS, "calendar-2028", eventId, "CalendarYearLoaded", payload);
        awaitRead(eventId);
        OffsetDateTime receivedAt = kept(2028).receivedAt;

        Workbench.KAFKA.sendEvent(Topics.ACCEPTANCE_EVENTS, "calendar-2028", eventId, "CalendarYearLoaded", payload);
        // on the same key, so read after the repeat: once it is read, so is the repeat
        awaitRead(announce(new CalendarYearLoaded(2028, "2028.0", TEST_SOURCE, List.of(), List.of(), null, null)));

        CalendarYear kept = kept(2028);
        assertThat(kept.version).isEqualTo("2028.1");
        assertThat(kept.receivedAt).as("kept once, when first received").isEqualTo(receivedAt);
        assertThat(calendar.current().arrangement(2028).version()).isEqualTo("2028.1");
        assertThat(calendar.current().isWorkingDay(day("2028-01-03"))).isFalse();
        assertThat(calendar.current().isWorkingDay(day("2028-01-04"))).isTrue();
    }

    @Test
    void an_earlier_version_arriving_after_a_later_one_does_not_win() {
        CalendarYearLoaded.Holiday newYear = holiday("New Year's Day 元旦", "2030-01-01", "2030-01-01");
        CalendarYearLoaded corrected = new CalendarYearLoaded(2030, "2030.2", TEST_SOURCE,
                List.of(newYear, holiday("New Year's Eve", "2030-12-31", "2030-12-31")), List.of(), "Liu Yang",
                "New Year's Eve is a holiday in 2030");
        CalendarYearLoaded firstAnnounced = new CalendarYearLoaded(2030, "2030.1", TEST_SOURCE, List.of(newYear),
                List.of(), "Liu Yang", null);

        awaitRead(announce(corrected));
        awaitRead(announce(firstAnnounced));

        assertThat(calendar.current().arrangement(2030).version()).isEqualTo("2030.2");
        assertThat(calendar.current().isWorkingDay(day("2030-12-31"))).as("a Tuesday off only in 2030.2").isFalse();
        assertThat(kept(2030).version).isEqualTo("2030.2");
        assertThat(kept(2030).reason).isEqualTo("New Year's Eve is a holiday in 2030");
    }

    @Test
    void at_start_the_calendar_is_the_shipped_years_overlaid_with_the_later_years_kept_in_the_database() {
        keep(new YearArrangement(2033, "2033.1", TEST_SOURCE, List.of(new YearArrangement.Holiday(
                "New Year's Day 元旦", day("2033-01-01"), day("2033-01-03"))), List.of()));
        keep(new YearArrangement(2025, "2025.0", TEST_SOURCE, List.of(), List.of()));

        calendar.reload(); // what the start does

        assertThat(calendar.current().isWorkingDay(day("2033-01-03"))).as("a Monday off in 2033.1").isFalse();
        assertThat(calendar.current().isWorkingDay(day("2033-01-04"))).isTrue();
        assertThat(calendar.current().arrangement(2025).version()).as("the shipped 2025.1 is later than 2025.0")
                .isEqualTo("2025.1");
        assertThat(calendar.current().isWorkingDay(day("2025-10-01"))).isFalse();
    }

    /** Sends the announcement as acceptance-service does, keyed by its year; returns the event's id. */
    private String announce(CalendarYearLoaded loaded) {
        return Workbench.KAFKA.sendEvent(Topics.ACCEPTANCE_EVENTS, "calendar-" + loaded.year(), "CalendarYearLoaded",
                codec.encode(loaded));
    }

    /** Waits until the department has read the event: its id is on record in the same transaction as its effect. */
    private void awaitRead(String eventId) {
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery("select count(*) from consumed_event where event_id = :id")
                        .setParameter("id", eventId).getSingleResult()).intValue() == 1));
    }

    private static CalendarYear kept(int year) {
        return QuarkusTransaction.requiringNew().call(() -> CalendarYear.<CalendarYear>findById(year));
    }

    /** Keeps a year in the database behind the calendar's back, as before a restart. */
    private static void keep(YearArrangement arrangement) {
        QuarkusTransaction.requiringNew().run(() -> {
            CalendarYear year = new CalendarYear();
            year.year = arrangement.year();
            year.version = arrangement.version();
            year.arrangement = YearArrangementJson.write(arrangement);
            year.receivedAt = OffsetDateTime.now();
            year.persist();
        });
    }

    private static ValidatableResponse schedule(String inspection, String date) {
        return Workbench.as(Workbench.inspector("Zhao Min")).contentType(ContentType.JSON).body(Map.of("date", date,
                "time", "09:30", "reason", "The applicant completes the works in 2027"))
                .post("/inspections/{id}/site-visits", inspection).then();
    }

    private static CalendarYearLoaded.Holiday holiday(String name, String from, String to) {
        return new CalendarYearLoaded.Holiday(name, day(from), day(to));
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
