package org.jointacceptance.messaging;

import java.util.List;

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
import org.jointacceptance.messaging.acceptance.OwedMaterialSupplied;
import org.jointacceptance.messaging.acceptance.RectificationDeadlineChanged;
import org.jointacceptance.messaging.acceptance.RectificationSubmitted;
import org.jointacceptance.messaging.acceptance.JointVisitFixed;
import org.jointacceptance.messaging.acceptance.JointVisitProposed;
import org.jointacceptance.messaging.acceptance.KeyProjectMarked;
import org.jointacceptance.messaging.acceptance.ResultCorrected;
import org.jointacceptance.messaging.acceptance.ResultQuestioned;
import org.jointacceptance.messaging.acceptance.RoutingChanged;
import org.jointacceptance.messaging.acceptance.SectionDecided;
import org.jointacceptance.messaging.acceptance.StageClockChanged;
import org.jointacceptance.messaging.department.InspectionResultSubmitted;
import org.jointacceptance.messaging.department.JointVisitAnswered;
import org.jointacceptance.messaging.department.QuestionAnswered;
import org.jointacceptance.messaging.department.SiteVisitScheduled;
import org.jointacceptance.messaging.department.SpecialProcedureClosed;
import org.jointacceptance.messaging.department.SpecialProcedureOpened;

/**
 * The events and topics as the code has them, which the contract tests hold the schemas, docs/events.md and
 * docs/asyncapi.yaml to: each event on the topic of the service in whose package it lies.
 */
final class EventCatalogue {

    static final List<Class<? extends Record>> EVENT_TYPES = List.of(IntakeDecided.class,
            InspectionRequested.class, InspectionResultSubmitted.class, SectionDecided.class,
            RectificationSubmitted.class, RectificationDeadlineChanged.class, OpinionIssued.class,
            CompletionFilingIssued.class, RoutingChanged.class, ApplicationTerminated.class, OwedMaterialDue.class,
            OwedMaterialOverdue.class, OwedMaterialSupplied.class, DueDateChanged.class, StageClockChanged.class,
            DeadlineWarning.class, CalendarYearLoaded.class, SiteVisitScheduled.class, SpecialProcedureOpened.class,
            SpecialProcedureClosed.class, ResultCorrected.class, KeyProjectMarked.class, ResultQuestioned.class,
            QuestionAnswered.class, JointVisitProposed.class, JointVisitAnswered.class, JointVisitFixed.class);

    static final String DEAD_LETTER_SUFFIX = ".dead-letter";

    /** The topics that carry events, then the reserved one, then the dead-letter topic of each consumed one. */
    static final List<String> TOPICS = List.of(Topics.ACCEPTANCE_EVENTS, Topics.DEPARTMENT_EVENTS,
            Topics.NOTIFICATION_EVENTS, Topics.ACCEPTANCE_EVENTS + DEAD_LETTER_SUFFIX,
            Topics.DEPARTMENT_EVENTS + DEAD_LETTER_SUFFIX);

    private EventCatalogue() {
    }

    /** The topic that carries {@code type}: the departments' events on department.events, the others on acceptance.events. */
    static String topicOf(Class<?> type) {
        return isDepartments(type) ? Topics.DEPARTMENT_EVENTS : Topics.ACCEPTANCE_EVENTS;
    }

    /** The {@code ce_source} of the service that publishes {@code type}. */
    static String sourceOf(Class<?> type) {
        return isDepartments(type) ? "/department-service" : "/acceptance-service";
    }

    /** The event types {@code topic} carries. */
    static List<String> typesOn(String topic) {
        return EVENT_TYPES.stream().filter(type -> topicOf(type).equals(topic)).map(EventCodec::typeOf).toList();
    }

    private static boolean isDepartments(Class<?> type) {
        return type.getPackageName().equals(InspectionResultSubmitted.class.getPackageName());
    }
}
