package org.jointacceptance.acceptance.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.acceptance.signature.LeadSignatures;
import org.jointacceptance.access.Role;

/** The lead center's queue: the decisions waiting for its signature, and the late corrections for it to settle. */
@Path("/signatures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Signature")
@RolesAllowed({ Role.LEAD_CENTER, Role.COORDINATOR, Role.SUPERVISOR })
public class SignatureQueueResource {

    private final LeadSignatures signatures;

    public SignatureQueueResource(LeadSignatures signatures) {
        this.signatures = signatures;
    }

    @GET
    @Transactional
    @Operation(summary = "The decisions waiting for the lead center's signature",
            description = "Each section whose departments all concluded, with the decision their results come to; "
                    + "key projects first, then the longest waiting.")
    @APIResponse(responseCode = "200", description = "The queue")
    public List<AwaitedSignature> queue() {
        return signatures.queue().stream().map(AwaitedSignature::of).toList();
    }

    @GET
    @Path("/late-corrections")
    @Transactional
    @Operation(summary = "The departments' corrections that came after their round was decided",
            description = "Each waits for the lead center, who takes it up (the round decided again with it) or lets "
                    + "the decision stand; the oldest first.")
    @APIResponse(responseCode = "200", description = "The corrections not yet settled")
    public List<LateCorrectionView> lateCorrections() {
        return signatures.lateCorrections().stream().map(LateCorrectionView::of).toList();
    }
}
