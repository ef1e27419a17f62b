package org.jointacceptance.acceptance.watch;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jointacceptance.acceptance.clock.DeadlineWarnings;
import org.jointacceptance.acceptance.intake.IntakeService;
import org.jointacceptance.acceptance.owed.OwedMaterialReminders;
import org.jointacceptance.acceptance.owed.OwedMaterials;
import org.jointacceptance.acceptance.rectification.RectificationDeadlines;
import org.jointacceptance.acceptance.signature.LeadSignatures;
import org.jointacceptance.messaging.PeriodicTask;

/**
 * What the passing of days sets off, checked every {@code acceptance.clock.check-every}: files no window officer
 * reviewed in time are accepted by the window, supply promises falling due
 * are reminded of, broken ones stop the clock, lapsed rectification notices reject their sections, decisions the lead
 * center left unsigned past its days are signed by the system, then the clocks still running are warned.
 */
@ApplicationScoped
public class DateChecks {

    private static final Duration FIRST_AFTER = Duration.ofSeconds(10);

    private final IntakeService intake;
    private final OwedMaterialReminders reminders;
    private final OwedMaterials owedMaterials;
    private final RectificationDeadlines rectificationDeadlines;
    private final LeadSignatures signatures;
    private final DeadlineWarnings warnings;
    private final Optional<Duration> every;
    private PeriodicTask checks;

    public DateChecks(IntakeService intake, OwedMaterialReminders reminders, OwedMaterials owedMaterials,
            RectificationDeadlines rectificationDeadlines, LeadSignatures signatures, DeadlineWarnings warnings,
            @ConfigProperty(name = "acceptance.clock.check-every", defaultValue = "10m") String every) {
        this.intake = intake;
        this.reminders = reminders;
        this.owedMaterials = owedMaterials;
        this.rectificationDeadlines = rectificationDeadlines;
        this.signatures = signatures;
        this.warnings = warnings;
        this.every = PeriodicTask.period(every);
    }

    void start(@Observes StartupEvent started) {
        every.ifPresent(period -> checks = PeriodicTask.start("date-checks", FIRST_AFTER, period, this::run));
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (checks != null) {
            checks.stop();
        }
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
