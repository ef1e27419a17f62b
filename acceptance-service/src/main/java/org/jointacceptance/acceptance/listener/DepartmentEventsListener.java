package org.jointacceptance.acceptance.listener;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointacceptance.acceptance.clock.SpecialProcedures;
import org.jointacceptance.acceptance.decision.DecisionService;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.MalformedEventException;
import org.jointacceptance.messaging.inbox.EventHandling;
import org.jointacceptance.messaging.event.InspectionResultSubmitted;
import org.jointacceptance.messaging.event.SpecialProcedureClosed;
import org.jointacceptance.messaging.event.SpecialProcedureOpened;

/** Receives the departments' events from Kafka: results go to the decision, special procedures to the clock. */
@ApplicationScoped
public class DepartmentEventsListener {

    private final DecisionService decisions;
    private final SpecialProcedures specialProcedures;
    private final EventCodec codec;

    public DepartmentEventsListener(DecisionService decisions, SpecialProcedures specialProcedures, EventCodec codec) {
        this.decisions = decisions;
        this.specialProcedures = specialProcedures;
        this.codec = codec;
    }

    @Incoming("department-events")
    @Blocking
    @Retry(maxRetries = -1, maxDuration = 10, durationUnit = ChronoUnit.MINUTES, delay = 500, jitter = 200,
            abortOn = MalformedEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void onEvent(ConsumerRecord<String, String> record) {
        EventHandling.handle(record, envelope -> {
            switch (envelope.type()) {
                case "InspectionResultSubmitted" ->
                    decisions.apply(envelope, codec.decode(envelope, InspectionResultSubmitted.class));
                case "SpecialProcedureOpened" ->
                    specialProcedures.opened(envelope, codec.decode(envelope, SpecialProcedureOpened.class));
                case "SpecialProcedureClosed" ->
                    specialProcedures.closed(envelope, codec.decode(envelope, SpecialProcedureClosed.class));
                default -> {
                    // site visits and the like concern the applicant's notifications, not the decision
                }
            }
        });
    }
}
