package org.jointacceptance.acceptance.calendar;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import org.jointacceptance.access.AuditLog;
import org.jointacceptance.calendar.WorkingCalendar;
import org.jointacceptance.calendar.YearArrangement;
import org.jointacceptance.calendar.YearArrangementJson;

/**
 * The city's working-day calendar, kept in the database so that a new year's arrangement or a correction can be
 * loaded at run time without a release. Seeded with the years the project ships; every replica reloads it.
 */
@ApplicationScoped
public class CalendarStore {

    private final Clock clock;
    private final AuditLog audit;
    private volatile WorkingCalendar calendar = WorkingCalendar.official();

    public CalendarStore(Clock clock, AuditLog audit) {
        this.clock = clock;
        this.audit = audit;
    }

    void seed(@Observes StartupEvent startup) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int year : WorkingCalendar.official().years()) {
                if (CalendarYear.findById(year) == null) {
                    YearArrangement arrangement = WorkingCalendar.official().arrangement(year);
                    persist(arrangement, "system");
                }
            }
        });
        reload();
    }

    /** The calendar as currently loaded. */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /**
     * Adds a year or replaces it with a correction, audited with the reason if one is given; the caller recomputes
     * and announces what depends on it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public WorkingCalendar save(YearArrangement arrangement, String actor, String reason) {
        WorkingCalendar updated = calendar.withYear(arrangement);
        CalendarYear existing = CalendarYear.findById(arrangement.year());
        if (existing != null) {
            existing.delete();
            CalendarYear.flush();
        }
        persist(arrangement, actor);
        audit.record(actor, existing == null ? "CALENDAR_YEAR_ADDED" : "CALENDAR_YEAR_CORRECTED",
                arrangement.year() + " now " + arrangement.version()
                        + (existing == null ? "" : " (was " + existing.version + ")") + (reason == null ? "" : ": " + reason));
        calendar = updated;
        return updated;
    }

    /** Picks up years that another replica loaded. */
    @Scheduled(every = "30s", delayed = "30s", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void reload() {
        List<CalendarYear> years = QuarkusTransaction.requiringNew().call(() -> CalendarYear.<CalendarYear>listAll());
        calendar = WorkingCalendar.of(years.stream().map(year -> YearArrangementJson.parse(year.arrangement)).toList());
    }

    private void persist(YearArrangement arrangement, String actor) {
        CalendarYear year = new CalendarYear();
        year.year = arrangement.year();
        year.version = arrangement.version();
        year.arrangement = YearArrangementJson.write(arrangement);
        year.updatedAt = OffsetDateTime.now(clock);
        year.updatedBy = actor;
        year.persist();
    }
}
