package org.jointacceptance.messaging.inbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jointacceptance.messaging.EventEnvelope;

/**
 * Makes at-least-once delivery an exactly-once effect: a consumer records each event id in the same transaction as
 * the effect, and skips an event it has recorded before. Each record names the instance that applied it
 * ({@code messaging.instance}, else the host's name), so that how the work spreads across replicas can be seen.
 */
@ApplicationScoped
public class Inbox {

    /** As long as the record of consumed events keeps an instance's name. */
    private static final int MAX_INSTANCE_LENGTH = 64;

    private final EntityManager entityManager;
    private final String instance;

    public Inbox(EntityManager entityManager, @ConfigProperty(name = "messaging.instance") Optional<String> instance) {
        this.entityManager = entityManager;
        String name = instance.orElseGet(Inbox::hostName);
        this.instance = name.substring(0, Math.min(name.length(), MAX_INSTANCE_LENGTH));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unnamed";
        }
    }

    /** True the first time {@code event} is seen; false for a redelivery, whose effect must not be applied again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(EventEnvelope event) {
        int inserted = entityManager.createNativeQuery("""
                insert into consumed_event (event_id, event_type, source, consumed_at, consumed_by)
                values (:id, :type, :source, now(), :instance)
                on conflict (event_id) do nothing""")
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("source", event.source())
                .setParameter("instance", instance)
                .executeUpdate();
        return inserted == 1;
    }
}
