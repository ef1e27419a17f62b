package org.jointacceptance.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.jointacceptance.calendar.WorkingCalendar;
import org.jointacceptance.local.LocalStack;

/**
 * The days move on in the middle of a kill-and-compare run. Once the firm has applied for every project and each late
 * department's inspection has been requested, the clocks of every instance of acceptance-service (which keeps the
 * clocks) and of notification-service move {@value #WORKING_DAYS_AHEAD} working days ahead while they run: past the
 * due date of every first round and every application's stage, not yet past the day a rectification notice must be
 * answered by. acceptance-service's date checks, run every few seconds all along ({@link #DATE_CHECKS}), then find
 * broken promises of materials, which stop their applications' clocks, and the clocks still running overdue, which
 * are warned. The late departments hold their results until the warnings of their clocks are out.
 * notification-service's instances, trying the coordinators' daily digest every few seconds ({@link #DIGEST_CRON}),
 * tell the digest of that working day.
 */
final class ClockMove {

    static final int WORKING_DAYS_AHEAD = 18;
    /** acceptance-service's date checks (deadlines, promised materials), run every few seconds by each instance. */
    static final String DATE_CHECKS = " -Dacceptance.clock.check-every=3s";
    /** The coordinators' daily digest, tried every few seconds by each instance of notification-service. */
    static final Map<String, String> DIGEST_CRON = Map.of("DIGEST_CRON", "0/3 * * * * ?");
    private static final List<String> MOVED = List.of("acceptance-service", "notification-service");
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private final LocalStack stack;
    private final Ledger ledger;
    private final Violations violations;
    private final Consumer<String> output;
    private long days;
    private LocalDate movedTo;

    ClockMove(LocalStack stack, Ledger ledger, Violations violations, Consumer<String> output) {
        this.stack = stack;
        this.ledger = ledger;
        this.violations = violations;
        this.output = output;
    }

    /** Moves the clock once {@code applying} is over and the late inspections are requested; then lets them go. */
    void run(BooleanSupplier applying) {
        while (applying.getAsBoolean()) {
            Load.pause(Duration.ofSeconds(1));
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!ledger.lateTasksRequested() && System.nanoTime() < deadline) {
            Load.pause(Duration.ofSeconds(1));
        }
        LocalDate today = LocalDate.now(WorkingCalendar.CHINA);
        LocalDate moved = WorkingCalendar.official().plusWorkingDays(today, WORKING_DAYS_AHEAD);
        days = ChronoUnit.DAYS.between(today, moved);
        movedTo = moved;
        output.accept(String.format("  clock moved: every instance of %s runs %d days ahead (today %s)", MOVED, days,
                moved));
        try {
            MOVED.forEach(service -> stack.moveClock(service, Duration.ofDays(days)));
            deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!ledger.overdueWarningsSeen() && System.nanoTime() < deadline) {
                Load.pause(Duration.ofSeconds(1));
            }
        } catch (RuntimeException e) {
            violations.record("the clock could not be moved: " + e);
        } finally {
            ledger.clockMoved(); // a warning still missing is a difference from the plan
        }
    }

    /** The day the clock was moved to; null before it is. */
    LocalDate movedTo() {
        return movedTo;
    }

    /** How many calendar days ahead the clock was moved; 0 before it is. */
    long days() {
        return days;
    }
}
