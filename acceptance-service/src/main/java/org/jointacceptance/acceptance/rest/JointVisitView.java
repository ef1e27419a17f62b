package org.jointacceptance.acceptance.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jointacceptance.acceptance.visit.JointVisit;

/**
 * A section's joint site visit as last proposed: when and where, who proposed it, whether it is fixed, and each
 * department's answer ({@code AWAITED}, {@code CONFIRMED}, or {@code OTHER_SLOT} with the slot asked and why).
 */
public record JointVisitView(UUID id, int round, LocalDate date, String time, String meetingPoint, String reason,
        String proposedBy, OffsetDateTime proposedAt, OffsetDateTime fixedAt, List<DepartmentAnswer> answers) {

    public enum AnswerState {
        AWAITED, CONFIRMED, OTHER_SLOT
    }

    public record DepartmentAnswer(String department, AnswerState state, LocalDate askedDate, String askedTime,
            String reason, String by) {
    }

    public static JointVisitView of(JointVisit visit) {
        return visit == null ? null : new JointVisitView(visit.id, visit.round, visit.date, visit.timeOfDay(),
                visit.meetingPoint, visit.reason, visit.proposedByName == null ? visit.proposedBy
                        : visit.proposedByName, visit.proposedAt, visit.fixedAt,
                visit.departments.stream().map(department -> visit.answerOf(department)
                        .map(answer -> new DepartmentAnswer(department, answer.confirmed() ? AnswerState.CONFIRMED
                                : AnswerState.OTHER_SLOT, answer.askedDate(), answer.askedTime() == null ? null
                                        : JointVisit.TIME.format(answer.askedTime()), answer.reason(),
                                answer.byName() == null ? answer.by() : answer.byName()))
                        .orElse(new DepartmentAnswer(department, AnswerState.AWAITED, null, null, null, null)))
                        .toList());
    }
}
