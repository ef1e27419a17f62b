package org.jointacceptance.acceptance.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.acceptance.signature.LeadSignatures;
import org.jointacceptance.access.Caller;
import org.jointacceptance.access.Role;
import org.jointacceptance.messaging.acceptance.SectionDecision;

/** The lead center's signature on a section's decision, or its question to a department instead. */
@Path("/applications/{id}/sections/{sectionId}/signature")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Signature")
@RolesAllowed(Role.LEAD_CENTER)
public class SignatureResource {

    private final LeadSignatures signatures;
    private final ApplicationViews views;
    private final Caller caller;

    public SignatureResource(LeadSignatures signatures, ApplicationViews views, Caller caller) {
        this.signatures = signatures;
        this.views = views;
        this.caller = caller;
    }

    /** What the lead signs: the decision as the queue showed it. */
    public record SignatureRequest(@NotNull SectionDecision decision) {
    }

    /** The department the lead returns the decision to, and the question about its result. */
    public record QuestionRequest(
            @NotNull @Pattern(regexp = "^[a-z][a-z0-9-]{0,63}$") @Schema(example = "fire") String department,
            @NotBlank @Size(max = 2000) @Schema(example = "Were the garage's sprinklers tested?") String question) {
    }

    @POST
    @Transactional
    @Operation(summary = "Sign a section's decision",
            description = "Signs the decision the queue showed (decision); it is then announced (SectionDecided, "
                    + "naming the signer), and an accepted section's opinion issued with the signer's name.")
    @APIResponse(responseCode = "409", description = "No decision waits for a signature, the application was "
            + "terminated, or a department corrected its result since and the decision is now another")
    public ApplicationView sign(@PathParam("id") UUID id, @PathParam("sectionId") UUID sectionId,
            @NotNull @Valid SignatureRequest request) {
        return views.of(signatures.sign(id, sectionId, request.decision(), caller.person()).application);
    }

    @POST
    @Path("/question")
    @Transactional
    @Operation(summary = "Return a section's decision to a department with a question, instead of signing it",
            description = "The section is inspected again until the department answers (QuestionAnswered) or "
                    + "corrects its result; then the decision, as the results make it, comes back to the queue. The "
                    + "department is told (ResultQuestioned).")
    @APIResponse(responseCode = "409", description = "No decision waits for a signature, or the department has no "
            + "result in the round")
    public ApplicationView question(@PathParam("id") UUID id, @PathParam("sectionId") UUID sectionId,
            @NotNull @Valid QuestionRequest request) {
        return views.of(signatures.question(id, sectionId, request.department(), request.question().strip(),
                caller.person()).application);
    }
}
