package org.jointacceptance.acceptance.watch;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import org.jointacceptance.acceptance.clock.DeadlineWarnings;
import org.jointacceptance.acceptance.owed.OwedMaterialReminders;
import org.jointacceptance.acceptance.owed.OwedMaterials;
import org.jointacceptance.acceptance.rectification.RectificationDeadlines;

/**
 * What the passing of days sets off, checked every {@code acceptance.clock.check-every}: supply promises falling due
 * are reminded of, broken ones stop the clock, lapsed rectification notices reject their sections, then the clocks
 * still running are warned.
 */
@ApplicationScoped
public class DateChecks {

    private final OwedMaterialReminders reminders;
    private final OwedMaterials owedMaterials;
    private final RectificationDeadlines rectificationDeadlines;
    private final DeadlineWarnings warnings;

    public DateChecks(OwedMaterialReminders reminders, OwedMaterials owedMaterials,
            RectificationDeadlines rectificationDeadlines, DeadlineWarnings warnings) {
        this.reminders = reminders;
        this.owedMaterials = owedMaterials;
        this.rectificationDeadlines = rectificationDeadlines;
        this.warnings = warnings;
    }

    @Scheduled(every = "${acceptance.clock.check-every:10m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        run();
    }

    public void run() {
        reminders.remindDue();
        owedMaterials.pauseOverdue();
        rectificationDeadlines.rejectLapsed();
        warnings.check();
    }
}
