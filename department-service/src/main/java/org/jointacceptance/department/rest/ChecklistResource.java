package org.jointacceptance.department.rest;

import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jointacceptance.access.Caller;
import org.jointacceptance.access.Role;
import org.jointacceptance.department.checklist.Checklist;
import org.jointacceptance.department.checklist.ChecklistService;
import org.jointacceptance.department.checklist.ItemMarking;
import org.jointacceptance.department.checklist.MarkRequest;
import org.jointacceptance.department.checklist.MarksRequest;

/** An inspection's checklist, and where inspectors mark its items. */
@Path("/inspections/{id}/checklist")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Checklist")
public class ChecklistResource {

    private static final String PREFER = "return=minimal for an empty answer (204) instead of the checklist";

    private final ChecklistService checklist;
    private final Caller caller;

    public ChecklistResource(ChecklistService checklist, Caller caller) {
        this.checklist = checklist;
        this.caller = caller;
    }

    @RolesAllowed({ Role.INSPECTOR, Role.COORDINATOR })
    @GET
    @Operation(summary = "The checklist, with the result it gives so far", description = "In round 2 and later it "
            + "holds only the items the department failed before, each with the earlier finding and the applicant's "
            + "answer and evidence. Each item's topic, title and guidance are in English and, in topicZh, titleZh "
            + "and guidanceZh, in Chinese; the Chinese is missing on items opened before the templates carried it.")
    @APIResponse(responseCode = "200", description = "The checklist")
    @APIResponse(responseCode = "404", description = "No such inspection")
    public ChecklistView get(@PathParam("id") UUID id) {
        Checklist checklist = Checklist.of(id);
        return ChecklistView.of(checklist.inspection(), checklist.items());
    }

    @RolesAllowed(Role.INSPECTOR)
    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark one item pass, fail (with its finding) or not applicable", description = "Marking it "
            + "again replaces the mark until the result is submitted. A failed item needs a finding: severity, "
            + "rectifiable or not, the required action when rectifiable, and evidence files uploaded beforehand. A key "
            + "item is not applicable only with a note. With `Prefer: return=minimal` the answer is empty.")
    @APIResponse(responseCode = "200", description = "The checklist after marking")
    @APIResponse(responseCode = "204", description = "Marked, answered without the checklist as preferred")
    @APIResponse(responseCode = "400", description = "The marking is incomplete or contradicts itself")
    @APIResponse(responseCode = "404", description = "No such inspection or item")
    @APIResponse(responseCode = "409", description = "The result is submitted, or the inspection is assigned to another inspector")
    @APIResponse(responseCode = "422", description = "A cited evidence file was not uploaded to this inspection")
    public RestResponse<ChecklistView> mark(@PathParam("id") UUID id, @PathParam("code") String code,
            @Parameter(description = PREFER) @HeaderParam("Prefer") String prefer,
            @NotNull @Valid MarkRequest request) {
        return marked(id, Map.of(code, request.marking()), prefer);
    }

    @RolesAllowed(Role.INSPECTOR)
    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark several items at once", description = "Each item under its code, marked in the order "
            + "given, as one marking each would mark it: all of them, or none when one is refused (the problem names "
            + "the item). A phone sends the marks it kept while it had no signal this way. With "
            + "`Prefer: return=minimal` the answer is empty.")
    @APIResponse(responseCode = "200", description = "The checklist after marking")
    @APIResponse(responseCode = "204", description = "Marked, answered without the checklist as preferred")
    @APIResponse(responseCode = "400", description = "A marking is incomplete or contradicts itself")
    @APIResponse(responseCode = "404", description = "No such inspection or item")
    @APIResponse(responseCode = "409", description = "The result is submitted, or the inspection is assigned to another inspector")
    @APIResponse(responseCode = "422", description = "A cited evidence file was not uploaded to this inspection")
    public RestResponse<ChecklistView> markAll(@PathParam("id") UUID id,
            @Parameter(description = PREFER) @HeaderParam("Prefer") String prefer,
            @NotNull @Valid MarksRequest request) {
        return marked(id, request.markings(), prefer);
    }

    /**
     * Marks the items; answers the checklist after marking, or nothing when the client prefers a minimal answer (a
     * phone that keeps its own copy, a page that shows the checklist again), which spares reading the items not marked.
     */
    private RestResponse<ChecklistView> marked(UUID id, Map<String, ItemMarking> markings, String prefer) {
        if (Prefer.minimalReturn(prefer)) {
            checklist.markAll(id, caller.name(), markings);
            return RestResponse.ResponseBuilder.<ChecklistView>noContent()
                    .header(Prefer.APPLIED, Prefer.RETURN_MINIMAL).build();
        }
        Checklist marked = checklist.markAllAndRead(id, caller.name(), markings);
        return RestResponse.ok(ChecklistView.of(marked.inspection(), marked.items()));
    }
}
