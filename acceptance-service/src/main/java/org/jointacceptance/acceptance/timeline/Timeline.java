package org.jointacceptance.acceptance.timeline;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.messaging.outbox.Outbox;

/**
 * Records every state change of an application in the transaction that makes it; a change others must hear of is
 * announced in the same step, its entry naming the event.
 */
@ApplicationScoped
public class Timeline {

    private final Outbox outbox;
    private final Clock clock;

    public Timeline(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Appends {@code event} about the application to the outbox and records the entry that names it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID announce(UUID applicationId, UUID sectionId, String actor, String action, String detail,
            Object event) {
        UUID eventId = outbox.append(Application.AGGREGATE_TYPE, applicationId, event);
        record(applicationId, sectionId, actor, action, detail, eventId);
        return eventId;
    }

    /** Appends {@code event} about the application to the outbox, with no entry of its own. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID announce(UUID applicationId, Object event) {
        return outbox.append(Application.AGGREGATE_TYPE, applicationId, event);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID applicationId, UUID sectionId, String actor, String action, String detail, Object eventId) {
        TimelineEntry entry = new TimelineEntry();
        entry.applicationId = applicationId;
        entry.sectionId = sectionId;
        entry.occurredAt = OffsetDateTime.now(clock);
        entry.actor = actor;
        entry.action = action;
        entry.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3997) + "...";
        entry.eventId = eventId == null ? null : eventId.toString();
        entry.persist();
    }
}
