package org.jointacceptance.acceptance.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.SectionInspection;
import org.jointacceptance.acceptance.timeline.Particulars;
import org.jointacceptance.acceptance.timeline.Timeline;
import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.messaging.department.SpecialProcedureClosed;
import org.jointacceptance.messaging.department.SpecialProcedureOpened;
import org.jointacceptance.messaging.inbox.Inbox;

/**
 * A department's special procedure (expert review, testing, hearing) stops the clocks while it runs: the
 * application's due date and the department's own due date move out by the working days it took.
 */
@ApplicationScoped
public class SpecialProcedures {

    private final Inbox inbox;
    private final StageDeadline deadline;
    private final JointStageClock stageClock;
    private final Timeline timeline;

    public SpecialProcedures(Inbox inbox, StageDeadline deadline, JointStageClock stageClock, Timeline timeline) {
        this.inbox = inbox;
        this.deadline = deadline;
        this.stageClock = stageClock;
        this.timeline = timeline;
    }

    @Transactional
    public void opened(EventEnvelope envelope, SpecialProcedureOpened procedure) {
        Application application = Application.findById(procedure.applicationId());
        if (!inbox.firstDelivery(envelope) || application == null) {
            return;
        }
        deadline.pause(application, procedure.sectionId(), ClockPause.Kind.SPECIAL_PROCEDURE,
                procedure.openedOn() == null ? stageClock.today() : procedure.openedOn(),
                procedure.procedureId().toString());
        timeline.record(application.id, procedure.sectionId(), "department:" + procedure.department(),
                "SPECIAL_PROCEDURE_OPENED", procedure.kind() + ": " + procedure.reason(),
                Particulars.of(procedure.department(), null).about(procedure.kind().name()).because(procedure.reason()),
                envelope.id());
    }

    @Transactional
    public void closed(EventEnvelope envelope, SpecialProcedureClosed procedure) {
        Application application = Application.findById(procedure.applicationId());
        if (!inbox.firstDelivery(envelope) || application == null) {
            return;
        }
        ClockPause pause = ClockPause.<ClockPause>find("applicationId = ?1 and reference = ?2", application.id,
                procedure.procedureId().toString()).firstResult();
        if (pause == null || pause.endedOn != null) {
            return;
        }
        pause.endedOn = procedure.closedOn();
        int paused = procedure.pausedWorkingDays();
        SectionInspection inspection = SectionInspection.<SectionInspection>find(
                "section.id = ?1 and department = ?2 and round = ?3", procedure.sectionId(), procedure.department(),
                procedure.round()).firstResult();
        if (inspection != null && procedure.dueDate() != null) {
            // the department counted its own due date; the matrix shows it as the department does
            inspection.dueDate = procedure.dueDate();
        }
        timeline.record(application.id, procedure.sectionId(), "department:" + procedure.department(),
                "SPECIAL_PROCEDURE_CLOSED", procedure.kind() + " took " + paused + " working day(s)"
                        + (procedure.outcome() == null ? "" : ": " + procedure.outcome()),
                Particulars.of(procedure.department(), null).about(procedure.kind().name())
                        .because(procedure.outcome()), envelope.id());
        deadline.recompute(application, procedure.kind().name().toLowerCase().replace('_', ' ') + " ended");
    }
}
