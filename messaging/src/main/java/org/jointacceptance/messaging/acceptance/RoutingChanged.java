package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * A coordinator added a department to a section's inspections, or withdrew one, with a reason on the record. An
 * added department also receives an InspectionRequested; a withdrawn one drops its pending inspection of the round.
 * {@code coordinator} is the coordinator's login, {@code coordinatorName} the name people read (null if not known).
 */
public record RoutingChanged(UUID applicationId, UUID sectionId, String sectionName, String department, int round,
        Change change, String reason, String coordinator, String coordinatorName) {

    /** A change whose coordinator's name is not known: as published before {@code coordinatorName} existed. */
    public RoutingChanged(UUID applicationId, UUID sectionId, String sectionName, String department, int round,
            Change change, String reason, String coordinator) {
        this(applicationId, sectionId, sectionName, department, round, change, reason, coordinator, null);
    }

    /** Whether the department was added or withdrawn. */
    public enum Change {
        ADDED,
        WITHDRAWN
    }

    public RoutingChanged {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(sectionId, "sectionId");
        requireNonNull(department, "department");
        requireNonNull(change, "change");
        requireNonNull(reason, "reason");
        if (round < 1) {
            throw new IllegalArgumentException("round must be 1 or more");
        }
    }
}
