package org.jointacceptance.department.listener;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointacceptance.calendar.announced.AnnouncedCalendar;
import org.jointacceptance.department.inspection.InspectionService;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.MalformedEventException;
import org.jointacceptance.messaging.inbox.EventHandling;
import org.jointacceptance.messaging.event.ApplicationTerminated;
import org.jointacceptance.messaging.event.CalendarYearLoaded;
import org.jointacceptance.messaging.event.InspectionRequested;
import org.jointacceptance.messaging.event.RoutingChanged;

/**
 * Receives acceptance-service's events: requests for this department go to its inbox, withdrawals take them out,
 * calendar years a coordinator loaded go into its calendar.
 */
@ApplicationScoped
public class AcceptanceEventsListener {

    private final InspectionService inspections;
    private final AnnouncedCalendar calendar;
    private final EventCodec codec;

    public AcceptanceEventsListener(InspectionService inspections, AnnouncedCalendar calendar, EventCodec codec) {
        this.inspections = inspections;
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
                case "InspectionRequested" -> inspections.receive(envelope, codec.decode(envelope, InspectionRequested.class));
                case "RoutingChanged" -> inspections.routingChanged(envelope, codec.decode(envelope, RoutingChanged.class));
                case "ApplicationTerminated" ->
                    inspections.applicationTerminated(envelope, codec.decode(envelope, ApplicationTerminated.class));
                case "CalendarYearLoaded" ->
                    calendar.yearLoaded(envelope, codec.decode(envelope, CalendarYearLoaded.class));
                default -> {
                    // decisions, opinions and the like concern the applicant, not the inspectors
                }
            }
        });
    }
}
