package org.jointacceptance.acceptance.rest;

import jakarta.enterprise.context.ApplicationScoped;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.intake.IntakeService;

/** Builds the application as its readers see it, with the materials the window requires of it. */
@ApplicationScoped
public class ApplicationViews {

    private final IntakeService intake;

    public ApplicationViews(IntakeService intake) {
        this.intake = intake;
    }

    public ApplicationView of(Application application) {
        return ApplicationView.of(application, intake.required(application));
    }
}
