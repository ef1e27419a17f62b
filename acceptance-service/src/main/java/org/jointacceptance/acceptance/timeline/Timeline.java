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
            Particulars particulars, Object event) {
        UUID eventId = outbox.append(Application.AGGREGATE_TYPE, applicationId, event);
        record(applicationId, sectionId, actor, action, detail, particulars, eventId);
        return eventId;
    }

    /** Appends {@code event} about the application to the outbox, with no entry of its own. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID announce(UUID applicationId, Object event) {
        return outbox.append(Application.AGGREGATE_TYPE, applicationId, event);
    }

    /**
     * Records the entry: {@code detail} is the English line for the API's readers and the audit, {@code particulars}
     * the same facts apart, for a page to word in its reader's language.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID applicationId, UUID sectionId, String actor, String action, String detail,
            Particulars particulars, Object eventId) {
        TimelineEntry entry = new TimelineEntry();
        entry.applicationId = applicationId;
        entry.sectionId = sectionId;
        entry.occurredAt = OffsetDateTime.now(clock);
        entry.actor = actor;
        entry.action = action;
        entry.detail = atMost4000(detail);
        entry.department = particulars.department();
        entry.round = particulars.round();
        entry.namedDay = particulars.day();
        entry.subject = particulars.subject();
        entry.reason = atMost4000(particulars.reason());
        entry.eventId = eventId == null ? null : eventId.toString();
        entry.persist();
    }

    private static String atMost4000(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
    }
}
