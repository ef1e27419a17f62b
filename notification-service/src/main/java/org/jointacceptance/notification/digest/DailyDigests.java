package org.jointacceptance.notification.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jointacceptance.calendar.CalendarYearNotLoadedException;
import org.jointacceptance.calendar.WorkingCalendar;
import org.jointacceptance.calendar.announced.AnnouncedCalendar;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.notification.dispatch.Notices;
import org.jointacceptance.notification.notice.DailyDigest;
import org.jointacceptance.notification.notice.Recipient;

/**
 * Each working day's digest for the coordinators, sent in the morning ({@code notification.digest.cron}, China time)
 * through every channel of theirs like any notice: what is overdue, due that day, or due within
 * {@code notification.digest.due-within-working-days} working days. Weekends and holidays of the official calendar
 * (with the years coordinators loaded) have none, nor a day with nothing due. One digest per recipient and day,
 * whatever the restarts and replicas: the day is claimed under a database key in the transaction that tells it.
 */
@ApplicationScoped
public class DailyDigests {

    private static final Logger LOG = Logger.getLogger(DailyDigests.class);
    private static final Recipient RECIPIENT = Recipient.COORDINATOR;
    private static final String SOURCE = "/notification-service";

    private final OpenApplications applications;
    private final AnnouncedCalendar calendar;
    private final Notices notices;
    private final EventCodec codec;
    private final EntityManager entityManager;
    private final Clock clock;
    private final int dueWithinWorkingDays;
    private final MonthDay nextYearAwaitedFrom;

    public DailyDigests(OpenApplications applications, AnnouncedCalendar calendar, Notices notices, EventCodec codec,
            EntityManager entityManager, Clock clock,
            @ConfigProperty(name = "notification.digest.due-within-working-days") int dueWithinWorkingDays,
            @ConfigProperty(name = "notification.digest.next-year-awaited-from") MonthDay nextYearAwaitedFrom) {
        this.applications = applications;
        this.calendar = calendar;
        this.notices = notices;
        this.codec = codec;
        this.entityManager = entityManager;
        this.clock = clock;
        this.dueWithinWorkingDays = dueWithinWorkingDays;
        this.nextYearAwaitedFrom = nextYearAwaitedFrom;
    }

    @Scheduled(cron = "${notification.digest.cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sendOnSchedule() {
        send();
    }

    /**
     * Tells the coordinators today's digest, unless today is not a working day, nothing is due, or it was told already
     * (here or by another replica); returns it when told now.
     */
    public Optional<DailyDigest> send() {
        LocalDate today = WorkingCalendar.today(clock);
        LocalDate dueSoonUntil;
        WorkingCalendar working = calendar.current();
        try {
            if (!working.isWorkingDay(today)) {
                LOG.infof("%s is not a working day: no digest", today);
                return Optional.empty();
            }
            dueSoonUntil = working.plusWorkingDays(today, dueWithinWorkingDays);
        } catch (CalendarYearNotLoadedException e) {
            LOG.errorf("No digest on %s: %s. A coordinator loads the year in acceptance-service "
                    + "(PUT /calendar/years/%d)", today, e.getMessage(), e.year());
            return Optional.empty();
        }
        Optional<Integer> awaited = working.awaitedYear(today, nextYearAwaitedFrom);
        return QuarkusTransaction.requiringNew().call(() -> tell(today, dueSoonUntil, awaited));
    }

    private Optional<DailyDigest> tell(LocalDate today, LocalDate dueSoonUntil, Optional<Integer> awaited) {
        DailyDigest digest = applications.digest(today, dueSoonUntil, awaited);
        int claimed = entityManager.createNativeQuery("""
                insert into daily_digest (recipient, day, listed, created_at) values (:recipient, :day, :listed, :at)
                on conflict do nothing""")
                .setParameter("recipient", RECIPIENT.name()).setParameter("day", today)
                .setParameter("listed", digest.listed()).setParameter("at", OffsetDateTime.now(clock))
                .executeUpdate();
        if (claimed == 0 || !digest.worthTelling()) {
            return Optional.empty();
        }
        String type = EventCodec.typeOf(digest);
        EventEnvelope envelope = new EventEnvelope(type + "/" + RECIPIENT.name() + "/" + today, type, SOURCE, null,
                OffsetDateTime.now(clock), codec.encode(digest));
        notices.tell(envelope, null, digest, RECIPIENT);
        LOG.infof("Digest of %s told to %s: %d overdue, %d due today, %d due by %s", today, RECIPIENT.name(),
                digest.overdue().size(), digest.dueToday().size(), digest.dueSoon().size(), dueSoonUntil);
        return Optional.of(digest);
    }
}
