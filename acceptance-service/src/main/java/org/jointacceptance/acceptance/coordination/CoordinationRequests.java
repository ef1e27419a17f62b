package org.jointacceptance.acceptance.coordination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointacceptance.messaging.acceptance.InspectionMode;

/** What a coordinator sends: every action gives the reason that goes on the record; the token names the coordinator. */
public final class CoordinationRequests {

    private CoordinationRequests() {
    }

    /** Add a department to a section's current round, or withdraw one from it. */
    @Schema(name = "RoutingChange")
    public record RoutingChange(
            @NotNull @Schema(example = "ADDED") org.jointacceptance.messaging.acceptance.RoutingChanged.Change change,
            @NotBlank @Size(max = 64) @Pattern(regexp = "^[a-z][a-z0-9-]*$") @Schema(example = "civil-air-defense") String department,
            @Schema(example = "ACCEPTANCE", description = "For an added department; ACCEPTANCE when omitted") InspectionMode mode,
            @NotBlank @Size(max = 2000) @Schema(example = "The basement was converted into a civil air defense shelter") String reason) {
    }

    /** End an application, reopen a rejected section, or mark a key project, with the reason. */
    @Schema(name = "CoordinatorDecision")
    public record Reasoned(
            @NotBlank @Size(max = 2000) @Schema(example = "The applicant withdrew the application in writing") String reason) {
    }
}
