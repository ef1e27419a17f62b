package org.jointacceptance.department.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jointacceptance.department.sitevisit.SiteVisit;

/** A site visit as scheduled; {@code current} is false once it was moved. */
public record SiteVisitView(UUID visitId, LocalDate date, String time, String inspector, String reason,
        OffsetDateTime scheduledAt, OffsetDateTime supersededAt, boolean current) {

    public static SiteVisitView of(SiteVisit visit) {
        return new SiteVisitView(visit.id, visit.date, visit.timeOfDay(), visit.inspector, visit.reason,
                visit.scheduledAt, visit.supersededAt, visit.supersededAt == null);
    }
}
