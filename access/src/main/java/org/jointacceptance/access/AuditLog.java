package org.jointacceptance.access;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

/** Writes the audit log. Nothing updates or deletes an entry. */
@ApplicationScoped
public class AuditLog {

    /** A request refused because the caller may not do what it asked. */
    public static final String ACCESS_REFUSED = "ACCESS_REFUSED";
    /** A request whose bearer token could not be verified. */
    public static final String AUTHENTICATION_FAILED = "AUTHENTICATION_FAILED";

    private static final int MAX_DETAIL = 4000;

    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    /** Records an act together with the change it made: both commit or neither does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = OffsetDateTime.now(clock);
        entry.actor = actor;
        entry.action = action;
        entry.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        entry.persist();
    }

    /**
     * Records a refusal on its own: the refused request changes nothing else. It may be written after the request
     * ended, on another thread, so in a request context of its own (a department-service serving several departments
     * keeps it in its own department's log).
     */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(String actor, String action, String detail) {
        record(actor, action, detail);
    }
}
