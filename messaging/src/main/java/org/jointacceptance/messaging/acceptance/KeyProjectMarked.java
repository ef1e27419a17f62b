package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A coordinator put an application on the green channel (绿色通道) as a key project (重点项目), with the reason: its
 * stage has the shorter limit, each department's share scaled to it. {@code stageDueDate} is the application's new
 * due date; {@code inspections} give each inspection still awaited its new due date, which its department keeps
 * (a due date never moves later for being marked). Key projects come first in every inbox and board, and their
 * warnings reach the supervisors too. {@code projectName} is for people to read.
 */
public record KeyProjectMarked(UUID applicationId, String projectName, String reason, int stageWorkingDays,
        LocalDate stageDueDate, List<InspectionDue> inspections, String coordinatorLogin, String coordinatorName) {

    public KeyProjectMarked {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(reason, "reason");
        inspections = inspections == null ? List.of() : List.copyOf(inspections);
    }

    /** An awaited inspection's new due date. */
    public record InspectionDue(UUID sectionId, String department, int round, LocalDate dueDate) {

        public InspectionDue {
            requireNonNull(sectionId, "sectionId");
            requireNonNull(department, "department");
            requireNonNull(dueDate, "dueDate");
        }
    }
}
