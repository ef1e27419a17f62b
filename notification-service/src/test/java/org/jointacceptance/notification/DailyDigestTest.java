package org.jointacceptance.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.jointacceptance.notification.Users.as;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jointacceptance.calendar.announced.AnnouncedCalendar;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.acceptance.Applicant;
import org.jointacceptance.messaging.acceptance.CalendarYearLoaded;
import org.jointacceptance.messaging.acceptance.IntakeDecided;
import org.jointacceptance.messaging.acceptance.IntakeOutcome;
import org.jointacceptance.messaging.acceptance.StageClockChanged.State;
import org.jointacceptance.messaging.acceptance.StageClockChanged;
import org.jointacceptance.notification.digest.DailyDigests;
import org.jointacceptance.notification.digest.OpenApplication;
import org.jointacceptance.notification.notice.DailyDigest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On each working day of the official calendar the coordinators get one digest of the joint stages overdue, due that
 * day or due within three working days, as acceptance-service tells each application's clock; applications closed or
 * whose clock stands still are left out. Weekends and holidays have none, a make-up workday has one, and however often the job runs (restarts,
 * replicas) a day has one digest. The clock is moved to the days, not waited for: days before the tests' own, so
 * that none is one whose digest {@link DailyDigestScheduleTest}'s timer claimed by the wall clock.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(SmtpTestResource.class)
class DailyDigestTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final LocalTime MORNING = LocalTime.of(8, 30);
    private static final String COORDINATORS = "coordinators@lead.example";

    @Inject
    DailyDigests digests;

    @Inject
    AnnouncedCalendar calendar;

    @Inject
    EventCodec codec;

    @Inject
    EntityManager entityManager;

    SmtpServer smtp;

    private final KafkaTestClient kafka = KafkaTestClient.forTestInfrastructure();
    private final Applicant firm = Firms.newFirmWithoutMailbox();

    @BeforeEach
    void coordinatorsReadEnglish() {
        as(Users.COORDINATOR).contentType(ContentType.JSON).body(Map.of("language", "en"))
                .put("/preferences/language").then().statusCode(200);
    }

    @AfterEach
    void backToTheWallClock() {
        MovableClock.reset();
    }

    @Test
    void on_a_working_day_the_coordinators_get_one_digest_of_what_is_overdue_due_today_and_due_soon() throws Exception {
        UUID overdue = accepted("Digest overdue", LocalDate.of(2025, 9, 25));
        UUID dueToday = accepted("Digest due today", LocalDate.of(2025, 9, 29));
        UUID afterTheHoliday = accepted("Digest due after National Day", LocalDate.of(2025, 10, 9));
        UUID later = accepted("Digest due later", LocalDate.of(2025, 10, 13));
        UUID moved = accepted("Digest moved out", LocalDate.of(2025, 9, 24));
        clock(moved, State.RUNNING, LocalDate.of(2025, 10, 10), "rectification pause ended");
        UUID closed = accepted("Digest closed", LocalDate.of(2025, 9, 26));
        clock(closed, State.CLOSED, LocalDate.of(2025, 9, 26), "section accepted");
        UUID paused = accepted("Digest paused", LocalDate.of(2025, 9, 26));
        clock(paused, State.PAUSED, LocalDate.of(2025, 9, 26), "special procedure pause began");
        UUID runningAgain = accepted("Digest running again", LocalDate.of(2025, 9, 26));
        clock(runningAgain, State.PAUSED, LocalDate.of(2025, 9, 26), "owed material pause began");
        clock(runningAgain, State.RUNNING, LocalDate.of(2025, 9, 26), "owed material pause ended");

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(known(overdue)).isNotNull();
            assertThat(known(dueToday)).isNotNull();
            assertThat(known(afterTheHoliday)).isNotNull();
            assertThat(known(later)).isNotNull();
            assertThat(known(moved).dueDate).isEqualTo(LocalDate.of(2025, 10, 10));
            assertThat(known(closed).clockState).isEqualTo(State.CLOSED);
            assertThat(known(paused).clockState).isEqualTo(State.PAUSED);
            assertThat(known(runningAgain).clockState).isEqualTo(State.RUNNING);
        });

        MovableClock.moveTo(LocalDateTime.of(LocalDate.of(2025, 9, 29), MORNING));
        CompletableFuture<Optional<DailyDigest>> replica1 = CompletableFuture.supplyAsync(digests::send);
        CompletableFuture<Optional<DailyDigest>> replica2 = CompletableFuture.supplyAsync(digests::send);
        List<DailyDigest> told = List.of(replica1.get(), replica2.get(), digests.send()).stream()
                .flatMap(Optional::stream).toList();

        assertThat(told).as("two replicas at once, then a restart: one digest").hasSize(1);
        DailyDigest digest = told.get(0);
        assertThat(digest.dueSoonUntil()).as("three working days on, across National Day")
                .isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(projects(digest.overdue())).contains("Digest overdue", "Digest running again");
        assertThat(projects(digest.dueToday())).contains("Digest due today");
        assertThat(projects(digest.dueSoon())).contains("Digest due after National Day", "Digest moved out");
        assertThat(projects(digest.overdue()) + projects(digest.dueToday()) + projects(digest.dueSoon()))
                .doesNotContain("Digest due later", "Digest closed", "Digest paused");

        List<Map<String, String>> inbox = digestsInInbox("29 September 2025");
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).get("body")).contains("Overdue:", "- Digest overdue: was due 25 September 2025",
                "Due today:", "- Digest due today", "Due by 10 October 2025:", "- Digest moved out: due 10 October 2025");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(smtp.mailsTo(COORDINATORS).stream()
                .filter(mail -> subject(mail).startsWith("Daily digest 29 September 2025"))).hasSize(1));
    }

    @Test
    void weekends_and_holidays_have_no_digest_and_a_make_up_workday_has_one() {
        UUID overdue = accepted("Digest on the make-up workday", LocalDate.of(2025, 9, 26));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(known(overdue)).isNotNull());

        MovableClock.moveTo(LocalDateTime.of(LocalDate.of(2025, 9, 27), MORNING));
        assertThat(digests.send()).as("Saturday").isEmpty();
        MovableClock.moveTo(LocalDateTime.of(LocalDate.of(2025, 10, 1), MORNING));
        assertThat(digests.send()).as("National Day").isEmpty();
        MovableClock.moveTo(LocalDateTime.of(LocalDate.of(2025, 9, 28), MORNING));
        Optional<DailyDigest> makeUpWorkday = digests.send();

        assertThat(makeUpWorkday).as("Sunday 28 September 2025 is worked").isPresent();
        assertThat(projects(makeUpWorkday.get().overdue())).contains("Digest on the make-up workday");
        assertThat(digestsInInbox("27 September 2025")).isEmpty();
        assertThat(digestsInInbox("1 October 2025")).isEmpty();
        assertThat(digestsInInbox("28 September 2025")).hasSize(1);
    }

    @Test
    void a_year_a_coordinator_loads_decides_whether_a_day_has_a_digest() {
        UUID overdue = accepted("Digest in 2019", LocalDate.of(2019, 9, 27));
        MovableClock.moveTo(LocalDateTime.of(LocalDate.of(2019, 9, 29), MORNING));
        assertThat(digests.send()).as("2019 is not shipped: whether the day is worked is not known").isEmpty();

        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, "calendar-2019", "CalendarYearLoaded",
                codec.encode(new CalendarYearLoaded(2019, "2019.1", "Test arrangement, not the State Council's notice",
                        List.of(new CalendarYearLoaded.Holiday("National Day 国庆节", LocalDate.of(2019, 10, 1),
                                LocalDate.of(2019, 10, 7))),
                        List.of(LocalDate.of(2019, 9, 29), LocalDate.of(2019, 10, 12)), "Chen Jing",
                        "Test year for the digest")));
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(calendar.current().years()).contains(2019);
            assertThat(known(overdue)).isNotNull();
        });

        Optional<DailyDigest> digest = digests.send();
        assertThat(digest).as("Sunday 29 September 2019, a make-up workday of the loaded year").isPresent();
        assertThat(projects(digest.get().overdue())).isEqualTo("[Digest in 2019]");
    }

    @Test
    void from_november_until_next_years_notice_is_loaded_the_digest_names_the_year_and_the_applications_due_in_it() {
        UUID dueIn2027 = accepted("Digest due in 2027", LocalDate.of(2027, 1, 13));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(known(dueIn2027)).isNotNull());

        MovableClock.moveTo(LocalDateTime.of(LocalDate.of(2026, 10, 30), MORNING));
        assertThat(digests.send().map(DailyDigest::awaited)).as("before 1 November").isEmpty();

        MovableClock.moveTo(LocalDateTime.of(LocalDate.of(2026, 11, 30), MORNING));
        Optional<DailyDigest> digest = digests.send();

        assertThat(digest).isPresent();
        assertThat(digest.get().awaited().year()).isEqualTo(2027);
        assertThat(digest.get().awaited().openApplicationsWithProvisionalDueDates()).isPositive();
        assertThat(digestsInInbox("30 November 2026")).singleElement().satisfies(told -> assertThat(told.get("body"))
                .contains("2027's holiday arrangement is not loaded", "open application(s) have a provisional due date"));
    }

    /** A new application of the firm, accepted, told to the applicant, and its clock running towards {@code dueDate}. */
    private UUID accepted(String project, LocalDate dueDate) {
        UUID application = UUID.randomUUID();
        send(application, new IntakeDecided(application, null, project, firm, IntakeOutcome.ACCEPTED, null, dueDate,
                List.of()));
        send(application, new StageClockChanged(application, project, State.RUNNING, dueDate, false,
                "intake accepted"));
        return application;
    }

    /** acceptance-service tells where the application's clock stands. */
    private void clock(UUID application, State state, LocalDate dueDate, String reason) {
        send(application, new StageClockChanged(application, null, state, dueDate, false, reason));
    }

    private void send(UUID application, Record event) {
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), EventCodec.typeOf(event),
                codec.encode(event));
    }

    private OpenApplication known(UUID application) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.find(OpenApplication.class, application));
    }

    /** The coordinators' in-app digests of {@code day}. */
    private static List<Map<String, String>> digestsInInbox(String day) {
        List<Map<String, String>> inbox = as(Users.COORDINATOR).get("/notifications?size=200").then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.eventType == 'DailyDigest' }");
        return inbox.stream().filter(notification -> notification.get("subject").startsWith("Daily digest " + day))
                .toList();
    }

    private static String projects(List<DailyDigest.DueApplication> applications) {
        return applications.stream().map(DailyDigest.DueApplication::projectName).toList().toString();
    }

    private static String subject(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
