package org.jointacceptance.department.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jointacceptance.department.inspection.Declared;
import org.jointacceptance.department.inspection.InspectionState;
import org.jointacceptance.department.inspection.ResultFinding;
import org.jointacceptance.department.inspection.TemplateVersion;
import org.jointacceptance.messaging.acceptance.InspectionMode;
import org.jointacceptance.messaging.department.InspectionResult;
import org.jointacceptance.department.sitevisit.JointVisit;
import org.jointacceptance.messaging.department.SpecialProcedureKind;

/**
 * An inspection as the department's inspectors see it: what was asked, by when ({@code workingDaysLeft}: negative
 * when overdue; {@code dueDateProvisional} while the due date's year is counted on its provisional arrangement), who works on it, where it stands, and its current result.
 * A key project's inspection ({@code keyProject}) comes first in the inbox. The lead center's question about the
 * submitted result ({@code leadQuestion}, by {@code questionedBy} at {@code questionedAt}) waits for an answer or a
 * correction. The lead center's joint site visit of the section ({@code jointVisit}) as last proposed: this
 * department's answer, and whether it is fixed.
 */
public record InspectionView(UUID id, String department, UUID applicationId, UUID sectionId, String sectionName,
        int round, InspectionMode mode, String projectCode, String projectName, String address, String district,
        LocalDate dueDate, boolean dueDateProvisional, LocalDate requestedDueDate, int pausedWorkingDays,
        Integer workingDaysLeft, InspectionState state, String assignee, String assignedBy, OffsetDateTime assignedAt,
        Progress checklist, SiteVisitSlot siteVisit, OpenProcedure specialProcedure, SpotCheck spotCheck,
        List<TemplateVersion> checklistTemplates, List<Declared> declared,
        InspectionResult result, UUID resultId, String inspector, LocalDate inspectedOn, String reason,
        List<ResultFinding> findings, OffsetDateTime requestedAt, OffsetDateTime submittedAt, boolean keyProject,
        String leadQuestion, String questionedBy, OffsetDateTime questionedAt, JointVisitSlot jointVisit) {

    /** How far the checklist is marked. */
    public record Progress(long items, long marked, long failed) {
    }

    /** When the site visit is set. */
    public record SiteVisitSlot(LocalDate date, String time, String inspector) {
    }

    /**
     * The joint site visit as last proposed, by whom and why; the inspector's answer ({@code confirmed} null until
     * given; else the slot asked and why), and when it was fixed.
     */
    public record JointVisitSlot(UUID id, LocalDate date, String time, String meetingPoint, String proposedBy,
            String reason, LocalDate previousDate, String previousTime, Boolean confirmed, LocalDate askedDate,
            String askedTime, String answerReason, OffsetDateTime fixedAt) {

        public static JointVisitSlot of(JointVisit visit) {
            return visit == null ? null : new JointVisitSlot(visit.id, visit.date, time(visit.time),
                    visit.meetingPoint, visit.proposedBy, visit.reason, visit.previousDate, time(visit.previousTime),
                    visit.confirmed, visit.askedDate, time(visit.askedTime), visit.answerReason, visit.fixedAt);
        }

        private static String time(LocalTime time) {
            return time == null ? null : String.format("%02d:%02d", time.getHour(), time.getMinute());
        }
    }

    /** The special procedure that holds the clock, if one is open. */
    public record OpenProcedure(UUID procedureId, SpecialProcedureKind kind, LocalDate openedOn, LocalDate expectedEnd) {
    }

    /** The spot-check draw of a filing: re-run it from the seed and rate to check the outcome. */
    public record SpotCheck(long seed, BigDecimal rate, boolean drawn) {
    }
}
