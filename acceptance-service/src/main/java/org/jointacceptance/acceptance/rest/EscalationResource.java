package org.jointacceptance.acceptance.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.access.Role;

/** What has gone past its due date: the applications a supervisor follows up. */
@Path("/escalations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
@RolesAllowed({ Role.COORDINATOR, Role.LEAD_CENTER, Role.SUPERVISOR })
public class EscalationResource {

    private final JointStageClock stageClock;

    public EscalationResource(JointStageClock stageClock) {
        this.stageClock = stageClock;
    }

    @GET
    @Operation(summary = "Applications past their joint stage's due date and not yet decided, longest overdue first")
    @APIResponse(responseCode = "200", description = "The overdue applications")
    public List<ApplicationSummary> overdue() {
        return Application.<Application>find("dueDate < ?1 and status in ?2 order by dueDate asc, submittedAt asc",
                stageClock.today(), ApplicationStatus.RUNNING).list().stream()
                .map(application -> ApplicationSummary.of(application, stageClock)).toList();
    }
}
