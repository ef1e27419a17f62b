package org.jointacceptance.department.procedure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jointacceptance.calendar.CalendarYearNotLoadedException;
import org.jointacceptance.calendar.WorkingCalendar;
import org.jointacceptance.calendar.announced.AnnouncedCalendar;
import org.jointacceptance.department.activity.ActivityLog;
import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.department.serving.CurrentDepartment;
import org.jointacceptance.messaging.department.SpecialProcedureClosed;
import org.jointacceptance.messaging.department.SpecialProcedureOpened;
import org.jointacceptance.messaging.outbox.Outbox;
import org.jointacceptance.problem.ProblemException;
import org.jointacceptance.problem.ProblemWords;

/**
 * Opens and closes special procedures and announces both, so that the coordinator's clock leaves their time out;
 * closing one moves the inspection's own due date out by the working days it lasted.
 */
@ApplicationScoped
public class SpecialProcedureService {

    private final CurrentDepartment department;
    private final AnnouncedCalendar announcedCalendar;
    private final Outbox outbox;
    private final ActivityLog activity;
    private final Clock clock;

    public SpecialProcedureService(CurrentDepartment department, AnnouncedCalendar announcedCalendar, Outbox outbox,
            ActivityLog activity, Clock clock) {
        this.department = department;
        this.announcedCalendar = announcedCalendar;
        this.outbox = outbox;
        this.activity = activity;
        this.clock = clock;
    }

    @Transactional
    public SpecialProcedure open(UUID inspectionId, String openedBy, OpenProcedureRequest request) {
        Inspection inspection = Inspection.forUpdate(inspectionId);
        inspection.requireOpen();
        SpecialProcedure running = SpecialProcedure.openOn(inspection.id);
        if (running != null) {
            throw ProblemException.conflict("special-procedure-already-open", kind(running), running.openedOn);
        }
        SpecialProcedure procedure = new SpecialProcedure();
        procedure.id = UUID.randomUUID();
        procedure.inspectionId = inspection.id;
        procedure.kind = request.kind();
        procedure.reason = request.reason();
        procedure.expectedWorkingDays = request.expectedWorkingDays();
        procedure.openedOn = WorkingCalendar.today(clock);
        procedure.expectedEnd = expectedEnd(procedure.openedOn, procedure.expectedWorkingDays);
        procedure.openedBy = openedBy;
        procedure.openedAt = OffsetDateTime.now(clock);
        procedure.persist();
        outbox.append(Inspection.AGGREGATE_TYPE, inspection.applicationId, new SpecialProcedureOpened(procedure.id,
                inspection.id, inspection.applicationId, inspection.sectionId, department.code(), inspection.round,
                procedure.kind, procedure.reason, procedure.openedOn, procedure.expectedWorkingDays,
                procedure.expectedEnd));
        activity.record(inspection.id, openedBy, "SPECIAL_PROCEDURE_OPENED", procedure.kind + " for about "
                + procedure.expectedWorkingDays + " working day(s): " + procedure.reason);
        return procedure;
    }

    @Transactional
    public SpecialProcedure close(UUID inspectionId, UUID procedureId, String closedBy,
            CloseProcedureRequest request) {
        Inspection inspection = Inspection.forUpdate(inspectionId);
        SpecialProcedure procedure = SpecialProcedure.findById(procedureId);
        if (procedure == null || !procedure.inspectionId.equals(inspection.id)) {
            throw ProblemException.notFound("special-procedure", procedureId);
        }
        if (!procedure.open()) {
            throw ProblemException.conflict("special-procedure-closed", kind(procedure), procedure.closedOn);
        }
        LocalDate today = WorkingCalendar.today(clock);
        WorkingCalendar calendar = announcedCalendar.current();
        int paused = calendar.workingDaysBetween(procedure.openedOn, today);
        procedure.closedOn = today;
        procedure.closedBy = closedBy;
        procedure.closedAt = OffsetDateTime.now(clock);
        procedure.outcome = request.outcome();
        procedure.pausedWorkingDays = paused;
        inspection.pausedWorkingDays += paused;
        if (inspection.dueDate != null) {
            inspection.dueDate = calendar.plusWorkingDays(inspection.dueDate, paused);
        }
        outbox.append(Inspection.AGGREGATE_TYPE, inspection.applicationId, new SpecialProcedureClosed(procedure.id,
                inspection.id, inspection.applicationId, inspection.sectionId, department.code(), inspection.round,
                procedure.kind, procedure.openedOn, procedure.closedOn, paused, procedure.outcome, inspection.dueDate));
        activity.record(inspection.id, closedBy, "SPECIAL_PROCEDURE_CLOSED", procedure.kind + " after "
                + paused + " working day(s)" + (inspection.dueDate == null ? "" : "; due " + inspection.dueDate)
                + (procedure.outcome == null ? "" : ": " + procedure.outcome));
        return procedure;
    }

    /** Refuses a result while a special procedure is open: its outcome belongs in the result. */
    public static void requireNoneOpen(Inspection inspection) {
        SpecialProcedure running = SpecialProcedure.openOn(inspection.id);
        if (running != null) {
            throw ProblemException.conflict("special-procedure-open", kind(running), running.openedOn);
        }
    }

    private LocalDate expectedEnd(LocalDate openedOn, int workingDays) {
        try {
            return announcedCalendar.current().plusWorkingDays(openedOn, workingDays);
        } catch (CalendarYearNotLoadedException e) {
            return null;
        }
    }

    /** The kind of a special procedure as a problem names it, in the reader's language. */
    private static ProblemWords.Fact kind(SpecialProcedure procedure) {
        return language -> ProblemWords.text("special-procedure." + procedure.kind.name(), language);
    }
}
