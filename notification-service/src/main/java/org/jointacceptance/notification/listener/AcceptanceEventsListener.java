package org.jointacceptance.notification.listener;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.MalformedEventException;
import org.jointacceptance.messaging.inbox.EventHandling;
import org.jointacceptance.messaging.event.ApplicationTerminated;
import org.jointacceptance.messaging.event.CalendarYearLoaded;
import org.jointacceptance.messaging.event.CompletionFilingIssued;
import org.jointacceptance.messaging.event.DeadlineWarning;
import org.jointacceptance.messaging.event.DueDateChanged;
import org.jointacceptance.messaging.event.InspectionRequested;
import org.jointacceptance.messaging.event.IntakeDecided;
import org.jointacceptance.messaging.event.OpinionIssued;
import org.jointacceptance.messaging.event.OwedMaterialDue;
import org.jointacceptance.messaging.event.OwedMaterialOverdue;
import org.jointacceptance.messaging.event.OwedMaterialSupplied;
import org.jointacceptance.messaging.event.RectificationDeadlineChanged;
import org.jointacceptance.messaging.event.RectificationSubmitted;
import org.jointacceptance.messaging.event.RoutingChanged;
import org.jointacceptance.messaging.event.SectionDecided;
import org.jointacceptance.calendar.announced.AnnouncedCalendar;
import org.jointacceptance.notification.inbox.NotificationService;

/**
 * Receives acceptance-service's events from Kafka: those that concern people go to the notifications (which also
 * follow the applications' clocks for the digest), the loaded calendar years to the official calendar.
 */
@ApplicationScoped
public class AcceptanceEventsListener {

    private final NotificationService notifications;
    private final AnnouncedCalendar calendar;
    private final EventCodec codec;

    public AcceptanceEventsListener(NotificationService notifications, AnnouncedCalendar calendar, EventCodec codec) {
        this.notifications = notifications;
        this.calendar = calendar;
        this.codec = codec;
    }

    @Incoming("acceptance-events")
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 10, durationUnit = ChronoUnit.MINUTES, delay = 500, jitter = 200,
            abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void onEvent(ConsumerRecord<String, String> record) {
        EventHandling.handle(record, envelope -> {
            switch (envelope.type()) {
                case "IntakeDecided" -> notifications.intakeDecided(envelope, codec.decode(envelope, IntakeDecided.class));
                case "InspectionRequested" ->
                    notifications.inspectionRequested(envelope, codec.decode(envelope, InspectionRequested.class));
                case "SectionDecided" -> notifications.sectionDecided(envelope, codec.decode(envelope, SectionDecided.class));
                case "OpinionIssued" -> notifications.opinionIssued(envelope, codec.decode(envelope, OpinionIssued.class));
                case "DueDateChanged" -> notifications.dueDateChanged(envelope, codec.decode(envelope, DueDateChanged.class));
                case "RectificationDeadlineChanged" -> notifications.rectificationDeadlineChanged(envelope,
                        codec.decode(envelope, RectificationDeadlineChanged.class));
                case "DeadlineWarning" ->
                    notifications.deadlineWarning(envelope, codec.decode(envelope, DeadlineWarning.class));
                case "CompletionFilingIssued" ->
                    notifications.filingIssued(envelope, codec.decode(envelope, CompletionFilingIssued.class));
                case "RectificationSubmitted" ->
                    notifications.rectificationSubmitted(envelope, codec.decode(envelope, RectificationSubmitted.class));
                case "RoutingChanged" ->
                    notifications.routingChanged(envelope, codec.decode(envelope, RoutingChanged.class));
                case "ApplicationTerminated" ->
                    notifications.applicationTerminated(envelope, codec.decode(envelope, ApplicationTerminated.class));
                case "OwedMaterialDue" ->
                    notifications.owedMaterialDue(envelope, codec.decode(envelope, OwedMaterialDue.class));
                case "OwedMaterialOverdue" ->
                    notifications.owedMaterialOverdue(envelope, codec.decode(envelope, OwedMaterialOverdue.class));
                case "OwedMaterialSupplied" ->
                    notifications.owedMaterialSupplied(envelope, codec.decode(envelope, OwedMaterialSupplied.class));
                case "CalendarYearLoaded" ->
                    calendar.yearLoaded(envelope, codec.decode(envelope, CalendarYearLoaded.class));
                default -> {
                    // other events concern no one to be notified
                }
            }
        });
    }
}
