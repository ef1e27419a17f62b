package org.jointacceptance.department.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.jointacceptance.department.sitevisit.SiteVisit;

/** A site visit as scheduled; {@code current} is false once it was moved. */
public record SiteVisitView(UUID visitId, LocalDate date, String time, String inspector, String reason,
        OffsetDateTime scheduledAt, OffsetDateTime supersededAt, boolean current) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public static SiteVisitView of(SiteVisit visit) {
        return new SiteVisitView(visit.id, visit.date, TIME.format(visit.time), visit.inspector, visit.reason,
                visit.scheduledAt, visit.supersededAt, visit.supersededAt == null);
    }
}
