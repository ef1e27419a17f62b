package org.jointacceptance.acceptance.watch;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import org.jointacceptance.acceptance.clock.DeadlineWarnings;
import org.jointacceptance.acceptance.intake.IntakeService;
import org.jointacceptance.acceptance.owed.OwedMaterialReminders;
import org.jointacceptance.acceptance.owed.OwedMaterials;
import org.jointacceptance.acceptance.rectification.RectificationDeadlines;
import org.jointacceptance.acceptance.signature.LeadSignatures;

/**
 * What the passing of days sets off, checked every {@code acceptance.clock.check-every}: files no window officer
 * reviewed in time are accepted by the window, supply promises falling due
 * are reminded of, broken ones stop the clock, lapsed rectification notices reject their sections, decisions the lead
 * center left unsigned past its days are signed by the system, then the clocks still running are warned.
 */
@ApplicationScoped
public class DateChecks {

    private final IntakeService intake;
    private final OwedMaterialReminders reminders;
    private final OwedMaterials owedMaterials;
    private final RectificationDeadlines rectificationDeadlines;
    private final LeadSignatures signatures;
    private final DeadlineWarnings warnings;

    public DateChecks(IntakeService intake, OwedMaterialReminders reminders, OwedMaterials owedMaterials,
            RectificationDeadlines rectificationDeadlines, LeadSignatures signatures, DeadlineWarnings warnings) {
        this.intake = intake;
        this.reminders = reminders;
        this.owedMaterials = owedMaterials;
        this.rectificationDeadlines = rectificationDeadlines;
        this.signatures = signatures;
        this.warnings = warnings;
    }

    @Scheduled(every = "${acceptance.clock.check-every:10m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        run();
    }

    public void run() {
        intake.acceptUnreviewed();
        reminders.remindDue();
        owedMaterials.pauseOverdue();
        rectificationDeadlines.rejectLapsed();
        signatures.signLapsed();
        warnings.check();
    }
}
