package org.jointacceptance.messaging;

/**
 * The Kafka topics between the services; every record is keyed by application id, but a calendar year's by
 * {@code calendar-<year>}. See docs/events.md.
 */
public final class Topics {

    /**
     * Everything acceptance-service announces: intake outcomes, inspection requests, routing changes, section
     * decisions, rectifications, opinions, completion filings, terminations, calendar years loaded.
     */
    public static final String ACCEPTANCE_EVENTS = "acceptance.events";

    /** Everything the department-service instances announce about their inspections, results first of all. */
    public static final String DEPARTMENT_EVENTS = "department.events";

    /** Reserved for notification-service's own announcements. */
    public static final String NOTIFICATION_EVENTS = "notification.events";

    private Topics() {
    }
}
