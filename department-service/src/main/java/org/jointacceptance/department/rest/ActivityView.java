package org.jointacceptance.department.rest;

import java.time.OffsetDateTime;

import org.jointacceptance.department.activity.InspectionActivity;

/** One entry of an inspection's record of who did what. */
public record ActivityView(OffsetDateTime at, String actor, String action, String detail) {

    public static ActivityView of(InspectionActivity activity) {
        return new ActivityView(activity.occurredAt, activity.actor, activity.action, activity.detail);
    }
}
