package org.jointacceptance.notification.notice;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.acceptance.ApplicationTerminated;
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
import org.jointacceptance.messaging.acceptance.RoutingChanged;
import org.jointacceptance.messaging.acceptance.SectionDecided;
import org.jointacceptance.messaging.department.SiteVisitScheduled;
import org.jointacceptance.messaging.department.SpecialProcedureClosed;
import org.jointacceptance.messaging.department.SpecialProcedureOpened;
import org.jointacceptance.notification.notice.DailyDigest;

/**
 * The events that become notices, one template each per language, and which notices the law requires to reach
 * their recipient whatever the recipient's preferences. A recipient may switch off the others per channel. Besides
 * the events announced by the other services, the coordinators' daily digest is a notice of this service's own.
 */
public enum NoticeType {

    INTAKE_DECIDED(IntakeDecided.class, "The one window must tell the applicant whether the application is accepted "
            + "and, at once and in full, everything it must supply (Administrative Licensing Law, article 32)"),
    SECTION_DECIDED(SectionDecided.class, "A section's decision must reach the applicant in writing: the "
            + "rectification notice with every finding, or the reasons for a rejection (Administrative Licensing Law, "
            + "article 38)"),
    OPINION_ISSUED(OpinionIssued.class),
    COMPLETION_FILING_ISSUED(CompletionFilingIssued.class),
    DUE_DATE_CHANGED(DueDateChanged.class),
    RECTIFICATION_DEADLINE_CHANGED(RectificationDeadlineChanged.class, "The deadline of a rectification notice decides "
            + "whether the section is rejected: the applicant must learn when it moves, as it learnt the notice"),
    DEADLINE_WARNING(DeadlineWarning.class, "An overdue warning escalates the application to the coordinators and "
            + "their supervisor; it is always delivered, while yellow and red warnings may be switched off",
            event -> ((DeadlineWarning) event).level() == DeadlineWarning.Level.OVERDUE),
    SITE_VISIT_SCHEDULED(SiteVisitScheduled.class),
    INSPECTION_REQUESTED(InspectionRequested.class),
    RECTIFICATION_SUBMITTED(RectificationSubmitted.class),
    ROUTING_CHANGED(RoutingChanged.class),
    SPECIAL_PROCEDURE_OPENED(SpecialProcedureOpened.class, "The time a hearing, testing or expert review takes does "
            + "not count towards the time limit, and the applicant must be told in writing how long it needs "
            + "(Administrative Licensing Law, article 45)"),
    SPECIAL_PROCEDURE_CLOSED(SpecialProcedureClosed.class),
    OWED_MATERIAL_DUE(OwedMaterialDue.class),
    OWED_MATERIAL_OVERDUE(OwedMaterialOverdue.class, "A broken promise stops the statutory time limit: the applicant "
            + "must learn that the clock stands still and which material it waits for, or cannot restart it"),
    APPLICATION_TERMINATED(ApplicationTerminated.class),
    DAILY_DIGEST(DailyDigest.class);

    private final Class<? extends Record> payload;
    private final String whyRequired;
    private final Predicate<Record> requiredByLaw;
    private final boolean switchable;

    /** A notice the recipient may switch off. */
    NoticeType(Class<? extends Record> payload) {
        this(payload, null, event -> false, true);
    }

    /** A notice the law requires, every time. */
    NoticeType(Class<? extends Record> payload, String whyRequired) {
        this(payload, whyRequired, event -> true, false);
    }

    /** Notices of which the law requires some: the type may be switched off, the required ones still go. */
    NoticeType(Class<? extends Record> payload, String whyRequired, Predicate<Record> requiredByLaw) {
        this(payload, whyRequired, requiredByLaw, true);
    }

    NoticeType(Class<? extends Record> payload, String whyRequired, Predicate<Record> requiredByLaw,
            boolean switchable) {
        this.payload = payload;
        this.whyRequired = whyRequired;
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

    /** Why the law requires (some of) these notices; empty when it requires none. */
    public Optional<String> whyRequired() {
        return Optional.ofNullable(whyRequired);
    }
}
