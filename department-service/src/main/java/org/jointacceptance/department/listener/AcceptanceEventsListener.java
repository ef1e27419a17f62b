package org.jointacceptance.department.listener;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.faulttolerance.api.Guard;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointacceptance.calendar.announced.AnnouncedCalendar;
import org.jointacceptance.department.request.InspectionService;
import org.jointacceptance.department.serving.ServedDepartments;
import org.jointacceptance.department.sitevisit.JointVisitService;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.acceptance.ApplicationTerminated;
import org.jointacceptance.messaging.acceptance.CalendarYearLoaded;
import org.jointacceptance.messaging.acceptance.InspectionRequested;
import org.jointacceptance.messaging.acceptance.JointVisitFixed;
import org.jointacceptance.messaging.acceptance.JointVisitProposed;
import org.jointacceptance.messaging.acceptance.KeyProjectMarked;
import org.jointacceptance.messaging.acceptance.ResultQuestioned;
import org.jointacceptance.messaging.acceptance.RoutingChanged;
import org.jointacceptance.messaging.inbox.EventRetry;
import org.jointacceptance.messaging.inbox.EventRoutes;

/**
 * Receives acceptance-service's events, once for each department served: requests for a department go to its inbox,
 * withdrawals take them out, the lead center's questions about its results and its proposals of joint site visits go
 * to the inspections, calendar years a coordinator loaded go into its calendar.
 */
@ApplicationScoped
public class AcceptanceEventsListener {

    private final ServedDepartments served;
    private final EventRoutes routes;

    public AcceptanceEventsListener(ServedDepartments served, InspectionService inspections,
            JointVisitService jointVisits, AnnouncedCalendar calendar, EventCodec codec,
            @Identifier(EventRetry.GUARD) Guard retry) {
        this.served = served;
        this.routes = new EventRoutes(codec, retry)
                .on(InspectionRequested.class, inspections::receive)
                .on(RoutingChanged.class, inspections::routingChanged)
                .on(ApplicationTerminated.class, inspections::applicationTerminated)
                .on(KeyProjectMarked.class, inspections::keyProjectMarked)
                .on(ResultQuestioned.class, inspections::resultQuestioned)
                .on(JointVisitProposed.class, jointVisits::proposed)
                .on(JointVisitFixed.class, jointVisits::fixed)
                .on(CalendarYearLoaded.class, calendar::yearLoaded);
    }

    @Incoming("acceptance-events")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        served.each(() -> routes.handle(record));
    }
}
