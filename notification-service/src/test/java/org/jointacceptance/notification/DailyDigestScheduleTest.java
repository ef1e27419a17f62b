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
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.acceptance.IntakeDecided;
import org.jointacceptance.messaging.acceptance.IntakeOutcome;
import org.jointacceptance.messaging.acceptance.StageClockChanged;
import org.jointacceptance.messaging.acceptance.StageClockChanged.State;
import org.jointacceptance.notification.digest.OpenApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The digest goes at the time its cron expression names, without anyone asking for it: here every second, once the
 * clock reads a working day with an application overdue. (How a day's digest is made up: {@link DailyDigestTest}.)
 */
@QuarkusTest
@TestProfile(DailyDigestScheduleTest.EverySecond.class)
@QuarkusTestResource(InfrastructureTestResource.class)
@QuarkusTestResource(SmtpTestResource.class)
class DailyDigestScheduleTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    public static class EverySecond implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("notification.digest.cron", "* * * * * ?");
        }
    }

    @Inject
    EventCodec codec;

    @Inject
    EntityManager entityManager;

    private final KafkaTestClient kafka = KafkaTestClient.forTestInfrastructure();

    @AfterEach
    void backToTheWallClock() {
        MovableClock.reset();
    }

    @Test
    void the_digest_goes_at_its_time() {
        UUID application = UUID.randomUUID();
        String project = "Digest on its schedule " + application;
        LocalDate dueDate = LocalDate.of(2025, 9, 19);
        send(application, new IntakeDecided(application, null, project, Firms.newFirmWithoutMailbox(),
                IntakeOutcome.ACCEPTED, null, dueDate, List.of()));
        send(application, new StageClockChanged(application, project, State.RUNNING, dueDate, false,
                "intake accepted"));
        // the day's digest is claimed at its first telling: the application is known before the clock reaches it
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> entityManager.find(OpenApplication.class, application)) != null);

        MovableClock.moveTo(LocalDateTime.of(LocalDate.of(2025, 9, 22), LocalTime.of(8, 30)));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(as(Users.COORDINATOR)
                .get("/notifications?size=200").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.eventType == 'DailyDigest' }.body", String.class))
                .as("Monday 22 September 2025's digest").anySatisfy(body -> assertThat(body).contains(project)));
    }

    private void send(UUID application, Record event) {
        kafka.sendEvent(Topics.ACCEPTANCE_EVENTS, application.toString(), EventCodec.typeOf(event),
                codec.encode(event));
    }
}
