package org.jointacceptance.acceptance.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.intake.FailedLookups;
import org.jointacceptance.problem.ProblemException;

/**
 * An application's stage for anyone holding its intake receipt, without signing in: the number and the lookup code
 * printed on it show the project, the stage and the due date, and nothing about the firm or the people.
 */
@Path("/status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications")
public class StatusResource {

    private final JointStageClock stageClock;
    private final FailedLookups failedLookups;

    public StatusResource(JointStageClock stageClock, FailedLookups failedLookups) {
        this.stageClock = stageClock;
        this.failedLookups = failedLookups;
    }

    /** What the public sees of an application. */
    public record PublicStatus(String number, String projectName, ApplicationStatus status, LocalDate dueDate,
            boolean dueDateProvisional) {
    }

    @GET
    @PermitAll
    @Operation(summary = "Look up an application's stage with its intake receipt (public)",
            description = "Needs the application's number and lookup code, both printed on the intake receipt. A "
                    + "wrong code and an unknown number answer alike; after 5 failed lookups of a number in 15 "
                    + "minutes, that number is not looked up until the 15 minutes are over.")
    @APIResponse(responseCode = "200", description = "The project, the stage and the due date")
    @APIResponse(responseCode = "400", description = "A number or code missing or too long")
    @APIResponse(responseCode = "404", description = "No application with this number and code")
    @APIResponse(responseCode = "429", description = "Too many failed lookups of this number: try again later")
    public PublicStatus lookUp(@QueryParam("number") @NotBlank @Size(max = 40) String number,
            @QueryParam("code") @NotBlank @Size(max = 16) String code) {
        String wanted = number.trim().toUpperCase(Locale.ROOT);
        failedLookups.check(wanted);
        Application application = Application.<Application>find("number", wanted).firstResult();
        if (application == null || !MessageDigest.isEqual(application.lookupCode.getBytes(StandardCharsets.UTF_8),
                code.trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))) {
            failedLookups.failed(wanted);
            throw ProblemException.notFound("application-with-lookup-code", wanted);
        }
        return new PublicStatus(application.number, application.project.name, application.status,
                application.dueDate, stageClock.isProvisional(application.dueDate));
    }
}
