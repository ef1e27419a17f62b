package org.jointacceptance.acceptance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.messaging.Topics;
import org.jointacceptance.messaging.outbox.OutboxRelay;
import org.junit.jupiter.api.Test;

/**
 * No event is lost between the commit of a state change and its publication: with the relay stopped (as if the
 * service died right after the commit), the events wait in the outbox and are published when it runs again.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@TestProfile(OutboxRecoveryTest.RelayStopped.class)
class OutboxRecoveryTest {

    /** The scheduled relay does not run; the test runs it by hand. */
    public static class RelayStopped implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("outbox.relay.every", "off");
        }
    }

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    private final KafkaTestClient kafka = KafkaTestClient.forTestInfrastructure();

    @Test
    void events_committed_before_a_crash_are_published_after_it_and_a_repeated_publication_keeps_their_ids() {
        String application = ApplicationRequests.applyWithEveryMaterial(ApplicationRequests.plainProject("Whole project"))
                .getString("id");
        assertThat(eventsOf(application)).as("nothing published while the relay is down").isEmpty();
        // IntakeDecided, StageClockChanged and one InspectionRequested per routed department (quality, planning, land,
        // fire, archives)
        assertThat(unpublished(application)).isEqualTo(7);

        relay.publishPending();

        List<ConsumerRecord<String, String>> published = eventsOf(application);
        assertThat(published).hasSize(7);
        assertThat(unpublished(application)).isZero();
        List<String> ids = published.stream().map(record -> KafkaTestClient.header(record, "ce_id")).toList();
        assertThat(ids).doesNotHaveDuplicates();

        // a crash after the broker acknowledged but before the rows were marked: the batch goes out again
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update outbox_event set published_at = null where aggregate_id = :id")
                .setParameter("id", application).executeUpdate());
        relay.publishPending();

        List<ConsumerRecord<String, String>> again = eventsOf(application);
        assertThat(again).hasSize(14);
        assertThat(again.stream().map(record -> KafkaTestClient.header(record, "ce_id")).distinct())
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    private List<ConsumerRecord<String, String>> eventsOf(String application) {
        return kafka.records(Topics.ACCEPTANCE_EVENTS, record -> application.equals(record.key()), Duration.ofSeconds(2));
    }

    private long unpublished(String application) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createQuery("select count(e) from OutboxEvent e where e.publishedAt is null and e.aggregateId = :id")
                .setParameter("id", application).getSingleResult());
    }
}
