package org.jointacceptance.acceptance.timeline;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Records every state change of an application in the transaction that makes it. */
@ApplicationScoped
public class Timeline {

    private final Clock clock;

    public Timeline(Clock clock) {
        this.clock = clock;
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
