package org.jointacceptance.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jointacceptance.messaging.EventEnvelope;

/**
 * Makes at-least-once delivery an exactly-once effect: a consumer records each event id in the same transaction as
 * the effect, and skips an event it has recorded before.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    public Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** True the first time {@code event} is seen; false for a redelivery, whose effect must not be applied again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(EventEnvelope event) {
        int inserted = entityManager.createNativeQuery("""
                insert into consumed_event (event_id, event_type, source, consumed_at)
                values (:id, :type, :source, now())
                on conflict (event_id) do nothing""")
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("source", event.source())
                .executeUpdate();
        return inserted == 1;
    }
}
