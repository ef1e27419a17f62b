package org.jointacceptance.acceptance.rest;

import jakarta.enterprise.context.ApplicationScoped;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.calendar.CalendarStore;
import org.jointacceptance.acceptance.intake.IntakeService;

/** Builds the application as its readers see it, with the materials the window requires of it. */
@ApplicationScoped
public class ApplicationViews {

    private final IntakeService intake;
    private final CalendarStore calendars;

    public ApplicationViews(IntakeService intake, CalendarStore calendars) {
        this.intake = intake;
        this.calendars = calendars;
    }

    public ApplicationView of(Application application) {
        return ApplicationView.of(application, intake.required(application), calendars.calendar());
    }

    public ApplicationSummary summary(Application application) {
        return ApplicationSummary.of(application, calendars.calendar());
    }
}
