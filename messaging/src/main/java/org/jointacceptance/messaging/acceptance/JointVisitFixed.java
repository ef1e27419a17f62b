package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Every department asked confirmed the joint site visit (集中验收) of a section ({@code visitId}: the proposal they
 * confirmed): the firm receives the departments' inspectors together on that day, at that time (Beijing time,
 * {@code HH:mm}) and meeting point, and each department's inspection links to it. When a visit fixed before is moved,
 * {@code previousDate} and {@code previousTime} say from when. {@code sectionName} and {@code projectName} are for
 * people to read.
 */
public record JointVisitFixed(UUID visitId, UUID applicationId, UUID sectionId, String sectionName,
        String projectName, Applicant applicant, int round, LocalDate date, String time, String meetingPoint,
        String address, List<String> departments, LocalDate previousDate, String previousTime) {

    public JointVisitFixed {
        requireNonNull(visitId, "visitId");
        requireNonNull(applicationId, "applicationId");
        requireNonNull(sectionId, "sectionId");
        requireNonNull(applicant, "applicant");
        requireNonNull(date, "date");
        requireNonNull(time, "time");
        requireNonNull(meetingPoint, "meetingPoint");
        departments = List.copyOf(requireNonNull(departments, "departments"));
        if (round < 1) {
            throw new IllegalArgumentException("round must be 1 or more");
        }
    }
}
