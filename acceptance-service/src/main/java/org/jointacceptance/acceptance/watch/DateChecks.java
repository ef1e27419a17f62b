package org.jointacceptance.acceptance.watch;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import org.jointacceptance.acceptance.clock.DeadlineWarnings;
import org.jointacceptance.acceptance.intake.OwedMaterials;
import org.jointacceptance.acceptance.rectification.RectificationDeadlines;

/**
 * What the passing of days sets off, checked every {@code acceptance.clock.check-every}: broken supply promises
 * stop the clock, lapsed rectification notices reject their sections, then the clocks still running are warned.
 */
@ApplicationScoped
public class DateChecks {

    private final OwedMaterials owedMaterials;
    private final RectificationDeadlines rectificationDeadlines;
    private final DeadlineWarnings warnings;

    public DateChecks(OwedMaterials owedMaterials, RectificationDeadlines rectificationDeadlines,
            DeadlineWarnings warnings) {
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
        owedMaterials.pauseOverdue();
        rectificationDeadlines.rejectLapsed();
        warnings.check();
    }
}
