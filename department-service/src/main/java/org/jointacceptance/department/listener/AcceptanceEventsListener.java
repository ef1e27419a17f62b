package org.jointacceptance.department.listener;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointacceptance.calendar.announced.AnnouncedCalendar;
import org.jointacceptance.department.request.InspectionService;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.MalformedEventException;
import org.jointacceptance.messaging.acceptance.ApplicationTerminated;
import org.jointacceptance.messaging.acceptance.CalendarYearLoaded;
import org.jointacceptance.messaging.acceptance.InspectionRequested;
import org.jointacceptance.messaging.acceptance.RoutingChanged;
import org.jointacceptance.messaging.inbox.EventRoutes;

/**
 * Receives acceptance-service's events: requests for this department go to its inbox, withdrawals take them out,
 * calendar years a coordinator loaded go into its calendar.
 */
@ApplicationScoped
public class AcceptanceEventsListener {

    private final EventRoutes routes;

    public AcceptanceEventsListener(InspectionService inspections, AnnouncedCalendar calendar, EventCodec codec) {
        this.routes = new EventRoutes(codec)
                .on(InspectionRequested.class, inspections::receive)
                .on(RoutingChanged.class, inspections::routingChanged)
                .on(ApplicationTerminated.class, inspections::applicationTerminated)
                .on(CalendarYearLoaded.class, calendar::yearLoaded);
    }

    @Incoming("acceptance-events")
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 10, durationUnit = ChronoUnit.MINUTES, delay = 500, jitter = 200,
            abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void onEvent(ConsumerRecord<String, String> record) {
        routes.handle(record);
    }
}
