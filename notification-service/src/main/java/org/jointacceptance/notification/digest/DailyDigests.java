package org.jointacceptance.notification.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
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
 * <p>
 * The digest's time is worked out once per digest and waited for on a timer of its own: a scheduler's cron trigger
 * is evaluated every second, which cost this service more CPU at idle than anything else it does.
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
    private final Optional<ExecutionTime> schedule;
    private ScheduledExecutorService timer;

    public DailyDigests(OpenApplications applications, AnnouncedCalendar calendar, Notices notices, EventCodec codec,
            EntityManager entityManager, Clock clock,
            @ConfigProperty(name = "notification.digest.due-within-working-days") int dueWithinWorkingDays,
            @ConfigProperty(name = "notification.digest.next-year-awaited-from") MonthDay nextYearAwaitedFrom,
            @ConfigProperty(name = "notification.digest.cron") String cron) {
        this.applications = applications;
        this.calendar = calendar;
        this.notices = notices;
        this.codec = codec;
        this.entityManager = entityManager;
        this.clock = clock;
        this.dueWithinWorkingDays = dueWithinWorkingDays;
        this.nextYearAwaitedFrom = nextYearAwaitedFrom;
        this.schedule = cron.equals("off") ? Optional.empty() : Optional.of(ExecutionTime.forCron(
                new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ)).parse(cron).validate()));
    }

    void start(@Observes StartupEvent started) {
        if (schedule.isPresent()) {
            timer = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "daily-digest");
                thread.setDaemon(true);
                return thread;
            });
            sendNext();
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** Sets the timer for the next digest's time, by the wall clock in China. */
    private void sendNext() {
        ZonedDateTime now = ZonedDateTime.now(WorkingCalendar.CHINA);
        schedule.orElseThrow().nextExecution(now).ifPresent(next -> sendAt(next, now));
    }

    private void sendAt(ZonedDateTime time, ZonedDateTime now) {
        timer.schedule(() -> onTime(time), Duration.between(now, time).toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The timer went off: the digest goes, unless the wall clock was set back and its time is still to come. */
    private void onTime(ZonedDateTime time) {
        ZonedDateTime now = ZonedDateTime.now(WorkingCalendar.CHINA);
        if (now.isBefore(time)) {
            sendAt(time, now);
            return;
        }
        try {
            send();
        } catch (RuntimeException e) {
            LOG.errorf(e, "The digest of %s could not be told", WorkingCalendar.today(clock));
        }
        sendNext();
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
