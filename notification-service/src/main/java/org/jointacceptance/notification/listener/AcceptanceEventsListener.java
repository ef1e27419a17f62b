package org.jointacceptance.notification.listener;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.faulttolerance.api.Guard;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointacceptance.calendar.announced.AnnouncedCalendar;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.acceptance.ApplicationTerminated;
import org.jointacceptance.messaging.acceptance.CalendarYearLoaded;
import org.jointacceptance.messaging.acceptance.CompletionFilingIssued;
import org.jointacceptance.messaging.acceptance.DeadlineWarning;
import org.jointacceptance.messaging.acceptance.DueDateChanged;
import org.jointacceptance.messaging.acceptance.InspectionRequested;
import org.jointacceptance.messaging.acceptance.IntakeDecided;
import org.jointacceptance.messaging.acceptance.OpinionIssued;
import org.jointacceptance.messaging.acceptance.OwedMaterialDue;
import org.jointacceptance.messaging.acceptance.OwedMaterialOverdue;
import org.jointacceptance.messaging.acceptance.RectificationDeadlineChanged;
import org.jointacceptance.messaging.acceptance.RectificationSubmitted;
import org.jointacceptance.messaging.acceptance.ResultCorrected;
import org.jointacceptance.messaging.acceptance.JointVisitFixed;
import org.jointacceptance.messaging.acceptance.JointVisitProposed;
import org.jointacceptance.messaging.acceptance.ResultQuestioned;
import org.jointacceptance.messaging.acceptance.RoutingChanged;
import org.jointacceptance.messaging.acceptance.SectionDecided;
import org.jointacceptance.messaging.acceptance.StageClockChanged;
import org.jointacceptance.messaging.inbox.EventRetry;
import org.jointacceptance.messaging.inbox.EventRoutes;

/**
 * Receives acceptance-service's events from Kafka: those that concern people go to the notifications (which also
 * follow the applications' clocks for the digest), the loaded calendar years to the official calendar.
 */
@ApplicationScoped
public class AcceptanceEventsListener {

    private final EventRoutes routes;

    public AcceptanceEventsListener(NotificationService notifications, AnnouncedCalendar calendar, EventCodec codec,
            @Identifier(EventRetry.GUARD) Guard retry) {
        this.routes = new EventRoutes(codec, retry)
                .on(IntakeDecided.class, notifications::intakeDecided)
                .on(InspectionRequested.class, notifications::inspectionRequested)
                .on(SectionDecided.class, notifications::sectionDecided)
                .on(OpinionIssued.class, notifications::opinionIssued)
                .on(DueDateChanged.class, notifications::dueDateChanged)
                .on(RectificationDeadlineChanged.class, notifications::rectificationDeadlineChanged)
                .on(DeadlineWarning.class, notifications::deadlineWarning)
                .on(ResultCorrected.class, notifications::resultCorrected)
                .on(ResultQuestioned.class, notifications::resultQuestioned)
                .on(JointVisitProposed.class, notifications::jointVisitProposed)
                .on(JointVisitFixed.class, notifications::jointVisitFixed)
                .on(CompletionFilingIssued.class, notifications::filingIssued)
                .on(RectificationSubmitted.class, notifications::rectificationSubmitted)
                .on(RoutingChanged.class, notifications::routingChanged)
                .on(ApplicationTerminated.class, notifications::applicationTerminated)
                .on(OwedMaterialDue.class, notifications::owedMaterialDue)
                .on(OwedMaterialOverdue.class, notifications::owedMaterialOverdue)
                .on(StageClockChanged.class, notifications::stageClockChanged)
                .on(CalendarYearLoaded.class, calendar::yearLoaded);
    }

    @Incoming("acceptance-events")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        routes.handle(record);
    }
}
