package org.jointacceptance.acceptance.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.jointacceptance.access.AuditLog;
import org.jointacceptance.calendar.WorkingCalendar;
import org.jointacceptance.calendar.YearArrangement;
import org.jointacceptance.calendar.YearArrangementJson;
import org.jointacceptance.messaging.PeriodicTask;
import org.jointacceptance.messaging.ReadAtStart;

/**
 * The city's working-day calendar, kept in the database so that a new year's arrangement or a correction can be
 * loaded at run time without a release. Seeded with the years the project ships; every replica reloads it.
 */
@ApplicationScoped
public class CalendarStore {

    private static final Duration RELOAD_EVERY = Duration.ofSeconds(30);

    private final Clock clock;
    private final AuditLog audit;
    private final TransactionSynchronizationRegistry transactions;
    private volatile WorkingCalendar calendar = WorkingCalendar.official();
    private PeriodicTask reloads;

    public CalendarStore(Clock clock, AuditLog audit, TransactionSynchronizationRegistry transactions) {
        this.clock = clock;
        this.audit = audit;
        this.transactions = transactions;
    }

    void seed(@Observes StartupEvent startup) {
        ReadAtStart.retrying("seeding and reading the calendar", () -> {
            QuarkusTransaction.requiringNew().run(() -> {
                for (int year : WorkingCalendar.official().years()) {
                    if (CalendarYear.findById(year) == null) {
                        YearArrangement arrangement = WorkingCalendar.official().arrangement(year);
                        persist(arrangement, "system");
                    }
                }
            });
            reload();
        });
        reloads = PeriodicTask.start("calendar-reload", RELOAD_EVERY, RELOAD_EVERY, this::reload);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (reloads != null) {
            reloads.stop();
        }
    }

    /** The calendar as currently loaded. */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /**
     * Adds a year or replaces it with a correction, audited with the reason if one is given; the caller recomputes
     * and announces what depends on it, with the new calendar. Should the transaction roll back, the calendar held
     * here is the one before.
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
        WorkingCalendar before = calendar;
        calendar = updated;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    calendar = before;
                }
            }
        });
        return updated;
    }

    /**
     * Picks up years that another replica loaded. A year held here in a later version than the database's is kept: the
     * database may have been read just before a correction made here committed, and versions only ever grow.
     */
    private void reload() {
        List<YearArrangement> stored = QuarkusTransaction.requiringNew().call(() -> CalendarYear.<CalendarYear>listAll())
                .stream().map(year -> YearArrangementJson.parse(year.arrangement)).toList();
        calendar = calendar.withNewest(stored);
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
