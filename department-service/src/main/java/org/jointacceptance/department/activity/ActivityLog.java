package org.jointacceptance.department.activity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Records who did what on an inspection, in the transaction of the change itself. */
@ApplicationScoped
public class ActivityLog {

    private static final int DETAIL_LIMIT = 4000;

    private final Clock clock;

    public ActivityLog(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID inspectionId, String actor, String action, String detail) {
        InspectionActivity activity = new InspectionActivity();
        activity.inspectionId = inspectionId;
        activity.occurredAt = OffsetDateTime.now(clock);
        activity.actor = actor;
        activity.action = action;
        activity.detail = detail == null || detail.length() <= DETAIL_LIMIT ? detail : detail.substring(0, DETAIL_LIMIT);
        activity.persist();
    }
}
