package org.jointacceptance.notification.notice;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.acceptance.ApplicationTerminated;
import org.jointacceptance.messaging.acceptance.CompletionFilingIssued;
import org.jointacceptance.messaging.acceptance.DeadlineWarning;
import org.jointacceptance.messaging.acceptance.DueDateChanged;
import org.jointacceptance.messaging.acceptance.InspectionRequested;
import org.jointacceptance.messaging.acceptance.IntakeDecided;
import org.jointacceptance.messaging.acceptance.JointVisitFixed;
import org.jointacceptance.messaging.acceptance.JointVisitProposed;
import org.jointacceptance.messaging.acceptance.OpinionIssued;
import org.jointacceptance.messaging.acceptance.OwedMaterialDue;
import org.jointacceptance.messaging.acceptance.OwedMaterialOverdue;
import org.jointacceptance.messaging.acceptance.RectificationDeadlineChanged;
import org.jointacceptance.messaging.acceptance.RectificationSubmitted;
import org.jointacceptance.messaging.acceptance.ResultCorrected;
import org.jointacceptance.messaging.acceptance.ResultQuestioned;
import org.jointacceptance.messaging.acceptance.RoutingChanged;
import org.jointacceptance.messaging.acceptance.SectionDecided;
import org.jointacceptance.messaging.department.SiteVisitScheduled;
import org.jointacceptance.messaging.department.SpecialProcedureClosed;
import org.jointacceptance.messaging.department.SpecialProcedureOpened;
import org.jointacceptance.notification.notice.DailyDigest;
import org.jointacceptance.problem.ProblemWords;

/**
 * The events that become notices, one template each per language, and which notices the law requires to reach
 * their recipient whatever the recipient's preferences. A recipient may switch off the others per channel. Besides
 * the events announced by the other services, the coordinators' daily digest is a notice of this service's own.
 */
public enum NoticeType {

    INTAKE_DECIDED(IntakeDecided.class, event -> true, false),
    SECTION_DECIDED(SectionDecided.class, event -> true, false),
    OPINION_ISSUED(OpinionIssued.class),
    COMPLETION_FILING_ISSUED(CompletionFilingIssued.class),
    DUE_DATE_CHANGED(DueDateChanged.class),
    RECTIFICATION_DEADLINE_CHANGED(RectificationDeadlineChanged.class, event -> true, false),
    DEADLINE_WARNING(DeadlineWarning.class,
            event -> ((DeadlineWarning) event).level() == DeadlineWarning.Level.OVERDUE, true),
    SITE_VISIT_SCHEDULED(SiteVisitScheduled.class),
    INSPECTION_REQUESTED(InspectionRequested.class),
    RECTIFICATION_SUBMITTED(RectificationSubmitted.class),
    ROUTING_CHANGED(RoutingChanged.class),
    SPECIAL_PROCEDURE_OPENED(SpecialProcedureOpened.class, event -> true, false),
    SPECIAL_PROCEDURE_CLOSED(SpecialProcedureClosed.class),
    OWED_MATERIAL_DUE(OwedMaterialDue.class),
    OWED_MATERIAL_OVERDUE(OwedMaterialOverdue.class, event -> true, false),
    APPLICATION_TERMINATED(ApplicationTerminated.class),
    RESULT_CORRECTED(ResultCorrected.class),
    RESULT_QUESTIONED(ResultQuestioned.class),
    JOINT_VISIT_PROPOSED(JointVisitProposed.class),
    JOINT_VISIT_FIXED(JointVisitFixed.class),
    DAILY_DIGEST(DailyDigest.class);

    private final Class<? extends Record> payload;
    private final Predicate<Record> requiredByLaw;
    private final boolean switchable;

    /** A notice the recipient may switch off. */
    NoticeType(Class<? extends Record> payload) {
        this(payload, event -> false, true);
    }

    /**
     * Notices the law requires when {@code requiredByLaw} holds (every time, unless the type is switchable); why, the
     * problems' catalogue says ({@code why-required.<event type>}).
     */
    NoticeType(Class<? extends Record> payload, Predicate<Record> requiredByLaw, boolean switchable) {
        this.payload = payload;
        this.requiredByLaw = requiredByLaw;
        this.switchable = switchable;
    }

    /** The CloudEvent type, e.g. {@code SectionDecided}: also the template's name and the preferences' key. */
    public String eventType() {
        return EventCodec.typeOf(payload);
    }

    public static Optional<NoticeType> ofEventType(String eventType) {
        return Arrays.stream(values()).filter(type -> type.eventType().equals(eventType)).findFirst();
    }

    public static NoticeType of(Record event) {
        return ofEventType(EventCodec.typeOf(event)).orElseThrow(() -> new IllegalArgumentException(
                EventCodec.typeOf(event) + " is not told to anyone"));
    }

    /** True when this notice must reach its recipient on every channel, whatever they switched off. */
    public boolean requiredByLaw(Record event) {
        return requiredByLaw.test(event);
    }

    /** False when every notice of this type is required by law. */
    public boolean switchable() {
        return switchable;
    }

    /** Why the law requires (some of) these notices, in {@code language}; empty when it requires none. */
    public Optional<String> whyRequired(Locale language) {
        String key = "why-required." + eventType();
        return ProblemWords.has(key, language) ? Optional.of(ProblemWords.text(key, language)) : Optional.empty();
    }
}
