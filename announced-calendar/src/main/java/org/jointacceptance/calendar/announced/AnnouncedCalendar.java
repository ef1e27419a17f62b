package org.jointacceptance.calendar.announced;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;
import org.jointacceptance.calendar.InvalidArrangementException;
import org.jointacceptance.calendar.WorkingCalendar;
import org.jointacceptance.calendar.YearArrangement;
import org.jointacceptance.calendar.YearArrangementJson;
import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.messaging.MalformedEventException;
import org.jointacceptance.messaging.PeriodicTask;
import org.jointacceptance.messaging.ReadAtStart;
import org.jointacceptance.messaging.acceptance.CalendarYearLoaded;
import org.jointacceptance.messaging.inbox.Inbox;

/**
 * The official working-day calendar of mainland China as acceptance-service announces it, one bean for every rule
 * about working days in a service that consumes {@code CalendarYearLoaded}: the years shipped with the project,
 * overlaid with the years a coordinator loaded, which the service keeps in its own database. A year loaded at run
 * time replaces the calendar, so rules ask for the {@link #current()} one with each question rather than keep it.
 */
@ApplicationScoped
public class AnnouncedCalendar {

    private static final Logger LOG = Logger.getLogger(AnnouncedCalendar.class);
    private static final Duration RELOAD_EVERY = Duration.ofSeconds(30);

    private final Inbox inbox;
    private final Clock clock;
    private final Event<CalendarChanged> changes;
    private volatile WorkingCalendar current = WorkingCalendar.official();
    private PeriodicTask reloads;

    public AnnouncedCalendar(Inbox inbox, Clock clock, Event<CalendarChanged> changes) {
        this.inbox = inbox;
        this.clock = clock;
        this.changes = changes;
    }

    /**
     * A year this service keeps now, told to its observers in the same transaction, so that what the service counted
     * on the calendar before (due dates on a provisional year) is counted again on the one after. Before is the
     * calendar as this database kept it: a department-service serving several departments keeps the year in each
     * department's database in turn.
     */
    public record CalendarChanged(WorkingCalendar before, WorkingCalendar after) {
    }

    /** The calendar as loaded now; immutable, so that one question is answered on one calendar throughout. */
    public WorkingCalendar current() {
        return current;
    }

    /**
     * Keeps a year a coordinator loaded, unless this service keeps it already in the same or a later version: an
     * announcement that arrives twice, or after a later correction, changes nothing.
     */
    public void yearLoaded(EventEnvelope envelope, CalendarYearLoaded loaded) {
        YearArrangement arrangement = arrangementOf(envelope, loaded);
        boolean kept = QuarkusTransaction.requiringNew().call(() -> {
            if (!inbox.firstDelivery(envelope)) {
                return false;
            }
            WorkingCalendar before = WorkingCalendar.official().withNewest(keptYears());
            if (!keep(arrangement, loaded)) {
                return false;
            }
            changes.fire(new CalendarChanged(before, before.withYear(arrangement)));
            return true;
        });
        if (kept) {
            LOG.infof("Calendar %d now %s, loaded by coordinator %s", arrangement.year(), arrangement.version(),
                    loaded.coordinator());
            reload();
        }
    }

    void loadKeptYears(@Observes StartupEvent startup) {
        ReadAtStart.retrying("reading the kept calendar years", this::reload);
        reloads = PeriodicTask.start("calendar-reload", RELOAD_EVERY, RELOAD_EVERY, this::reload);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (reloads != null) {
            reloads.stop();
        }
    }

    /**
     * Reads the kept years again: at start, after keeping one, and every 30 s for those another instance of this
     * service kept. One reading at a time, so that a slower one never replaces a newer one.
     */
    public synchronized void reload() {
        current = current.withNewest(QuarkusTransaction.requiringNew().call(this::keptYears));
    }

    private List<YearArrangement> keptYears() {
        return CalendarYear.<CalendarYear>listAll().stream().map(year -> YearArrangementJson.parse(year.arrangement))
                .toList();
    }

    private boolean keep(YearArrangement arrangement, CalendarYearLoaded loaded) {
        CalendarYear year = CalendarYear.findById(arrangement.year());
        if (year == null) {
            year = new CalendarYear();
            year.year = arrangement.year();
        } else if (!arrangement.supersedes(YearArrangementJson.parse(year.arrangement))) {
            return false;
        }
        year.version = arrangement.version();
        year.arrangement = YearArrangementJson.write(arrangement);
        year.coordinator = loaded.coordinator();
        year.reason = loaded.reason();
        year.receivedAt = OffsetDateTime.now(clock);
        year.persist();
        return true;
    }

    private static YearArrangement arrangementOf(EventEnvelope envelope, CalendarYearLoaded loaded) {
        try {
            return new YearArrangement(loaded.year(), loaded.version(), loaded.source(), loaded.holidays().stream()
                    .map(holiday -> new YearArrangement.Holiday(holiday.name(), holiday.from(), holiday.to()))
                    .toList(), loaded.makeUpWorkdays());
        } catch (InvalidArrangementException e) {
            throw new MalformedEventException("event " + envelope.id() + " carries an arrangement the calendar "
                    + "refuses: " + e.getMessage(), e);
        }
    }
}
