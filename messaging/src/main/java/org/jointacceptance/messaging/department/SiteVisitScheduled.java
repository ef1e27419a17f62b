package org.jointacceptance.messaging.department;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A department's inspector has set the day and time (Beijing time, {@code HH:mm}) of the site visit, or moved it;
 * the applicant is told where and when to receive the inspector. {@code previousDate} is set when it was moved.
 * {@code inspector} is the inspector's login, {@code inspectorName} the name people read (null if not known).
 */
public record SiteVisitScheduled(UUID inspectionId, UUID applicationId, UUID sectionId, String sectionName,
        String department, int round, LocalDate date, String time, String address, String inspector, String reason,
        LocalDate previousDate, String previousTime, String inspectorName) {

    /** A visit whose inspector's name is not known: as published before {@code inspectorName} existed. */
    public SiteVisitScheduled(UUID inspectionId, UUID applicationId, UUID sectionId, String sectionName,
            String department, int round, LocalDate date, String time, String address, String inspector,
            String reason, LocalDate previousDate, String previousTime) {
        this(inspectionId, applicationId, sectionId, sectionName, department, round, date, time, address, inspector,
                reason, previousDate, previousTime, null);
    }

    public SiteVisitScheduled {
        requireNonNull(inspectionId, "inspectionId");
        requireNonNull(applicationId, "applicationId");
        requireNonNull(sectionId, "sectionId");
        requireNonNull(department, "department");
        if (round < 1) {
            throw new IllegalArgumentException("round must be 1 or more");
        }
        requireNonNull(date, "date");
        requireNonNull(time, "time");
    }
}
