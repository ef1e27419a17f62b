package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The lead center's coordinator proposed one joint site visit (集中验收) of a section for its round: a working day, a
 * time (Beijing time, {@code HH:mm}) and a meeting point. Every department in {@code departments} (those whose result
 * of the round is awaited) confirms it or asks for another slot (JointVisitAnswered); once all confirm it is fixed
 * (JointVisitFixed). A proposal replaces the one before it ({@code previousDate}, {@code previousTime}; then
 * {@code reason} says why). {@code visitId} is this proposal. {@code sectionName}, {@code projectName} and
 * {@code coordinatorName} are for people to read.
 */
public record JointVisitProposed(UUID visitId, UUID applicationId, UUID sectionId, String sectionName,
        String projectName, int round, LocalDate date, String time, String meetingPoint, String address,
        List<String> departments, String reason, LocalDate previousDate, String previousTime, String coordinatorLogin,
        String coordinatorName) {

    public JointVisitProposed {
        requireNonNull(visitId, "visitId");
        requireNonNull(applicationId, "applicationId");
        requireNonNull(sectionId, "sectionId");
        requireNonNull(date, "date");
        requireNonNull(time, "time");
        requireNonNull(meetingPoint, "meetingPoint");
        departments = List.copyOf(requireNonNull(departments, "departments"));
        if (round < 1) {
            throw new IllegalArgumentException("round must be 1 or more");
        }
    }
}
