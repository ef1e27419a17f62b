package org.jointacceptance.notification.calendar;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.jointacceptance.calendar.InvalidArrangementException;
import org.jointacceptance.calendar.WorkingCalendar;
import org.jointacceptance.calendar.YearArrangement;
import org.jointacceptance.calendar.YearArrangementJson;
import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.messaging.MalformedEventException;
import org.jointacceptance.messaging.event.CalendarYearLoaded;
import org.jointacceptance.messaging.inbox.Inbox;

/**
 * Mainland China's official working-day calendar, as the coordinators' clock counts it: the years shipped with the
 * service, overlaid with the years a coordinator loaded in acceptance-service (CalendarYearLoaded), kept in this
 * service's database. Asked once a day, by the digest, so it is read from the database at each question rather than
 * kept in memory and refreshed.
 */
@ApplicationScoped
public class OfficialCalendar {

    private static final Logger LOG = Logger.getLogger(OfficialCalendar.class);

    private final Inbox inbox;
    private final Clock clock;

    public OfficialCalendar(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    /** The calendar as loaded now. */
    @Transactional
    public WorkingCalendar current() {
        WorkingCalendar calendar = WorkingCalendar.official();
        for (CalendarYear year : CalendarYear.<CalendarYear>listAll()) {
            YearArrangement arrangement = YearArrangementJson.parse(year.arrangement);
            if (!calendar.years().contains(year.year) || arrangement.supersedes(calendar.arrangement(year.year))) {
                calendar = calendar.withYear(arrangement);
            }
        }
        return calendar;
    }

    /**
     * Keeps a year a coordinator loaded, unless the same or a later version is kept already: an announcement that
     * arrives twice, or after a later correction, changes nothing.
     */
    @Transactional
    public void yearLoaded(EventEnvelope envelope, CalendarYearLoaded loaded) {
        YearArrangement arrangement = arrangementOf(envelope, loaded);
        if (!inbox.firstDelivery(envelope)) {
            return;
        }
        CalendarYear year = CalendarYear.findById(arrangement.year());
        if (year == null) {
            year = new CalendarYear();
            year.year = arrangement.year();
        } else if (!arrangement.supersedes(YearArrangementJson.parse(year.arrangement))) {
            return;
        }
        year.version = arrangement.version();
        year.arrangement = YearArrangementJson.write(arrangement);
        year.coordinator = loaded.coordinator();
        year.reason = loaded.reason();
        year.receivedAt = OffsetDateTime.now(clock);
        year.persist();
        LOG.infof("Calendar %d now %s, loaded by coordinator %s", arrangement.year(), arrangement.version(),
                loaded.coordinator());
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
