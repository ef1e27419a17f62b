package org.jointacceptance.acceptance.rest;

import java.time.LocalDate;
import java.util.UUID;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.calendar.WorkingCalendar;

/** One line of the application list. */
public record ApplicationSummary(UUID id, String number, String projectCode, String projectName, String district,
        String applicantCreditCode, ApplicationStatus status, LocalDate dueDate, boolean dueDateProvisional) {

    public static ApplicationSummary of(Application application, WorkingCalendar calendar) {
        return new ApplicationSummary(application.id, application.number, application.project.code,
                application.project.name,
                application.project.district, application.applicant.creditCode, application.status,
                application.dueDate, ApplicationView.provisional(calendar, application.dueDate));
    }
}
