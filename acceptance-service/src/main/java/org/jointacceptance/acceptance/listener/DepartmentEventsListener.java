package org.jointacceptance.acceptance.listener;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.faulttolerance.api.Guard;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointacceptance.acceptance.clock.SpecialProcedures;
import org.jointacceptance.acceptance.decision.DecisionService;
import org.jointacceptance.acceptance.visit.JointVisits;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.department.InspectionResultSubmitted;
import org.jointacceptance.messaging.department.JointVisitAnswered;
import org.jointacceptance.messaging.department.QuestionAnswered;
import org.jointacceptance.messaging.department.SpecialProcedureClosed;
import org.jointacceptance.messaging.department.SpecialProcedureOpened;
import org.jointacceptance.messaging.inbox.EventRetry;
import org.jointacceptance.messaging.inbox.EventRoutes;

/**
 * Receives the departments' events from Kafka: results and answers to the lead center's questions go to the decision,
 * answers to a proposed joint site visit to the visit, special procedures to the clock.
 */
@ApplicationScoped
public class DepartmentEventsListener {

    private final EventRoutes routes;

    public DepartmentEventsListener(DecisionService decisions, SpecialProcedures specialProcedures,
            JointVisits jointVisits, EventCodec codec,
            @Identifier(EventRetry.GUARD) Guard retry) {
        this.routes = new EventRoutes(codec, retry)
                .on(InspectionResultSubmitted.class, decisions::apply)
                .on(QuestionAnswered.class, decisions::answered)
                .on(JointVisitAnswered.class, jointVisits::answered)
                .on(SpecialProcedureOpened.class, specialProcedures::opened)
                .on(SpecialProcedureClosed.class, specialProcedures::closed);
    }

    @Incoming("department-events")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        routes.handle(record);
    }
}
