package org.jointacceptance.notification.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the coordinators are told on a working day morning: the open applications whose joint stage is overdue, due
 * that day, or due within the next few working days (by {@code dueSoonUntil}), each with its due date. Applications
 * whose clock stands still are left out: their due date moves once the clock runs again. While a year's holiday
 * notice is awaited ({@code awaited}, otherwise null), it says so, with how many open applications are due in it.
 */
public record DailyDigest(LocalDate day, LocalDate dueSoonUntil, List<DueApplication> overdue,
        List<DueApplication> dueToday, List<DueApplication> dueSoon, AwaitedYear awaited) {

    /** A year counted on its provisional arrangement, and the open applications whose due date may move with it. */
    public record AwaitedYear(int year, long openApplicationsWithProvisionalDueDates) {
    }

    /** One application and when its joint stage is due. */
    public record DueApplication(UUID applicationId, String projectName, LocalDate dueDate) {
    }

    /** Whether there is anything to tell. */
    public boolean worthTelling() {
        return listed() > 0 || awaited != null;
    }

    /** How many applications it lists. */
    public int listed() {
        return overdue.size() + dueToday.size() + dueSoon.size();
    }
}
