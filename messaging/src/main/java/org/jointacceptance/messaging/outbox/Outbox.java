package org.jointacceptance.messaging.outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.jointacceptance.messaging.EventCodec;

/**
 * Where a service announces what happened: the event is stored in the caller's transaction, so it exists if and
 * only if the state change commits. {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final EventCodec codec;
    private final Clock clock;
    private final Event<Appended> appended;

    public Outbox(EventCodec codec, Clock clock, Event<Appended> appended) {
        this.codec = codec;
        this.clock = clock;
        this.appended = appended;
    }

    /** An event was appended; the relay learns of it once the transaction commits. */
    public record Appended(UUID eventId) {
    }

    /**
     * Appends {@code payload} as an event about {@code aggregateId} (the Kafka key, so that one aggregate's events
     * keep their order). Must run inside the transaction that changes the state.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String aggregateType, Object aggregateId, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.aggregateType = aggregateType;
        event.aggregateId = aggregateId.toString();
        event.eventType = EventCodec.typeOf(payload);
        event.payload = codec.encode(payload);
        event.occurredAt = OffsetDateTime.now(clock);
        event.persist();
        appended.fire(new Appended(event.eventId));
        return event.eventId;
    }
}
