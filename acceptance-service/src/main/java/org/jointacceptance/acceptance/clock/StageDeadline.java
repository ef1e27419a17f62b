package org.jointacceptance.acceptance.clock;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.timeline.Particulars;
import org.jointacceptance.acceptance.timeline.Timeline;
import org.jointacceptance.messaging.acceptance.DueDateChanged;
import org.jointacceptance.messaging.acceptance.StageClockChanged;

/** Keeps each application's due date right: pauses open and close, calendar corrections move working days. */
@ApplicationScoped
public class StageDeadline {

    private final JointStageClock stageClock;
    private final Timeline timeline;

    public StageDeadline(JointStageClock stageClock, Timeline timeline) {
        this.stageClock = stageClock;
        this.timeline = timeline;
    }

    /** Stops the application's clock from today, e.g. when a rectification notice goes to the applicant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pause(Application application, UUID sectionId, ClockPause.Kind kind) {
        pause(application, sectionId, kind, stageClock.today(), null);
    }

    /** Stops the application's clock from {@code startedOn}, for a cause known by {@code reference}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pause(Application application, UUID sectionId, ClockPause.Kind kind, LocalDate startedOn,
            String reference) {
        ClockPause pause = new ClockPause();
        pause.id = UUID.randomUUID();
        pause.applicationId = application.id;
        pause.sectionId = sectionId;
        pause.kind = kind;
        pause.startedOn = startedOn;
        pause.reference = reference;
        pause.persist();
        timeline.record(application.id, sectionId, "system", "CLOCK_PAUSED", kind + " from " + pause.startedOn,
                Particulars.subject(kind.name()).on(pause.startedOn), null);
        tell(application, name(kind) + " pause began");
    }

    /** Restarts the clock stopped for the cause known by {@code reference}, and moves the due date out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resume(Application application, String reference) {
        List<ClockPause> open = ClockPause.list("applicationId = ?1 and reference = ?2 and endedOn is null",
                application.id, reference);
        end(application, null, open, open.isEmpty() ? null : open.get(0).kind);
    }

    /** Restarts the clock stopped for {@code kind} on the section, and moves the due date out by the paused days. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resume(Application application, UUID sectionId, ClockPause.Kind kind) {
        List<ClockPause> open = ClockPause.list("applicationId = ?1 and sectionId = ?2 and kind = ?3 and endedOn is null",
                application.id, sectionId, kind);
        end(application, sectionId, open, kind);
    }

    private void end(Application application, UUID sectionId, List<ClockPause> open, ClockPause.Kind kind) {
        LocalDate today = stageClock.today();
        open.forEach(pause -> pause.endedOn = today);
        if (!open.isEmpty()) {
            timeline.record(application.id, sectionId, "system", "CLOCK_RESUMED", kind + " ended " + today,
                    Particulars.subject(kind.name()).on(today), null);
            recompute(application, name(kind) + " pause ended");
        }
    }

    /**
     * Computes the due date again from the intake date, the budget, the paused working days and the calendar now
     * loaded; tells the applicant when it moved. Returns whether it moved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recompute(Application application, String reason) {
        if (application.intakeAcceptedOn == null || !ApplicationStatus.RUNNING.contains(application.status)) {
            tell(application, reason);
            return false;
        }
        int paused = stageClock.pausedWorkingDays(ClockPause.ofApplication(application.id));
        LocalDate dueDate = stageClock.stageDueDate(application.intakeAcceptedOn, paused, application.keyProject);
        String version = stageClock.calendarVersion();
        if (dueDate.equals(application.dueDate)) {
            application.calendarVersion = version;
            tell(application, reason);
            return false;
        }
        LocalDate previous = application.dueDate;
        boolean provisional = stageClock.isProvisional(dueDate);
        application.dueDate = dueDate;
        application.calendarVersion = version;
        timeline.announce(application.id, null, "system", "DUE_DATE_CHANGED", previous + " -> " + dueDate
                + (provisional ? " (provisional)" : "") + " (" + reason + "; " + paused + " working day(s) paused)",
                Particulars.NONE.on(dueDate),
                new DueDateChanged(application.id, application.project.name, application.applicant.toEvent(), previous,
                        dueDate, paused, version, reason, provisional));
        tell(application, reason);
        return true;
    }

    /**
     * Tells the other services where the application's clock stands, when that changed since they were last told:
     * running, paused while any cause stops it, or closed once the application is decided or ended; with its due date.
     * Every change of the clock ends here, so that no other service ever has to count it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(Application application, String reason) {
        if (application.intakeAcceptedOn == null || application.dueDate == null) {
            return;
        }
        StageClockChanged.State state = !ApplicationStatus.RUNNING.contains(application.status)
                ? StageClockChanged.State.CLOSED
                : ClockPause.anyOpen(application.id) ? StageClockChanged.State.PAUSED : StageClockChanged.State.RUNNING;
        if (state == application.clockState && application.dueDate.equals(application.clockDueDate)) {
            return;
        }
        application.clockState = state;
        application.clockDueDate = application.dueDate;
        timeline.announce(application.id, new StageClockChanged(application.id, application.project.name, state,
                application.dueDate, stageClock.isProvisional(application.dueDate), reason));
    }

    private static String name(ClockPause.Kind kind) {
        return kind.name().toLowerCase().replace('_', ' ');
    }
}
