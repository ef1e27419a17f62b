package org.jointacceptance.acceptance.rest;

import java.time.LocalDate;
import java.util.UUID;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.ApplicationStatus;

/** One line of the application list. */
public record ApplicationSummary(UUID id, String projectCode, String projectName, String district,
        String applicantCreditCode, ApplicationStatus status, LocalDate dueDate) {

    public static ApplicationSummary of(Application application) {
        return new ApplicationSummary(application.id, application.project.code, application.project.name,
                application.project.district, application.applicant.creditCode, application.status,
                application.dueDate);
    }
}
