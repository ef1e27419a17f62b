package org.jointacceptance.notification.listener;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.faulttolerance.api.Guard;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.department.SiteVisitScheduled;
import org.jointacceptance.messaging.department.SpecialProcedureClosed;
import org.jointacceptance.messaging.department.SpecialProcedureOpened;
import org.jointacceptance.messaging.inbox.EventRetry;
import org.jointacceptance.messaging.inbox.EventRoutes;

/**
 * Receives the departments' events from Kafka: a scheduled site visit is told to the applicant; a special procedure,
 * which stops the application's clock until it closes, to the applicant and the coordinators.
 */
@ApplicationScoped
public class DepartmentEventsListener {

    private final EventRoutes routes;

    public DepartmentEventsListener(NotificationService notifications, EventCodec codec,
            @Identifier(EventRetry.GUARD) Guard retry) {
        this.routes = new EventRoutes(codec, retry)
                .on(SiteVisitScheduled.class, notifications::siteVisitScheduled)
                .on(SpecialProcedureOpened.class, notifications::specialProcedureOpened)
                .on(SpecialProcedureClosed.class, notifications::specialProcedureClosed);
    }

    @Incoming("department-events")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        routes.handle(record);
    }
}
