package org.jointacceptance.acceptance.rest;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.intake.IntakeService;

/** Builds the application as its readers see it, with the materials the window requires of it. */
@ApplicationScoped
public class ApplicationViews {

    private final IntakeService intake;
    private final JointStageClock stageClock;

    public ApplicationViews(IntakeService intake, JointStageClock stageClock) {
        this.intake = intake;
        this.stageClock = stageClock;
    }

    public ApplicationView of(Application application) {
        boolean awaitsSubmission = application.status == ApplicationStatus.DRAFT
                || application.status == ApplicationStatus.CORRECTION_REQUIRED;
        return ApplicationView.of(application, intake.required(application),
                awaitsSubmission ? intake.promisableDays() : List.of(), stageClock.calendar());
    }

    public ApplicationSummary summary(Application application) {
        return ApplicationSummary.of(application, stageClock);
    }
}
