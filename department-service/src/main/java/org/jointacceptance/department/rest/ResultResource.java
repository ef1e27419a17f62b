package org.jointacceptance.department.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.access.Caller;
import org.jointacceptance.access.Role;
import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.department.result.CorrectionRequest;
import org.jointacceptance.department.result.NotApplicableRequest;
import org.jointacceptance.department.result.ResultService;
import org.jointacceptance.department.result.SubmitRequest;
import org.jointacceptance.department.result.SubmittedResult;

/** Where an inspection is concluded: the checklist's result submitted, not applicable, or corrected. */
@Path("/inspections/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results")
public class ResultResource {

    private final ResultService results;
    private final InspectionViews views;
    private final Caller caller;

    public ResultResource(ResultService results, InspectionViews views, Caller caller) {
        this.results = results;
        this.views = views;
        this.caller = caller;
    }

    @RolesAllowed(Role.INSPECTOR)
    @POST
    @Path("/result")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the result the checklist gives", description = "Any failed item makes the "
            + "inspection FAILED, with one finding per failed item; every item passed or not applicable makes it "
            + "PASSED. Refused while an item is unmarked or a special procedure is open. Final once submitted; "
            + "published to acceptance-service (InspectionResultSubmitted).")
    @APIResponse(responseCode = "200", description = "Submitted")
    @APIResponse(responseCode = "400", description = "The request is malformed, or the inspection day is in the future")
    @APIResponse(responseCode = "404", description = "No such inspection")
    @APIResponse(responseCode = "409", description = "Items unmarked (listed in errors), a special procedure open, "
            + "the result already submitted, or the inspection assigned to another inspector")
    public InspectionView submit(@PathParam("id") UUID id, @NotNull @Valid SubmitRequest request) {
        return views.of(results.submit(id, caller.person(), request));
    }

    @RolesAllowed(Role.INSPECTOR)
    @POST
    @Path("/not-applicable")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Conclude that the whole inspection does not apply, with the reason")
    @APIResponse(responseCode = "200", description = "Submitted as NOT_APPLICABLE")
    @APIResponse(responseCode = "400", description = "No reason, or the inspection day is in the future")
    @APIResponse(responseCode = "404", description = "No such inspection")
    @APIResponse(responseCode = "409", description = "A special procedure open, the result already submitted, or the "
            + "inspection assigned to another inspector")
    public InspectionView notApplicable(@PathParam("id") UUID id, @NotNull @Valid NotApplicableRequest request) {
        return views.of(results.notApplicable(id, caller.person(), request));
    }

    @RolesAllowed(Role.INSPECTOR)
    @POST
    @Path("/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct the submitted result", description = "Marks the listed items anew and derives "
            + "the result again; the corrected result is new, names the one it replaces (corrects) and is published "
            + "as such. The earlier result stays on record unchanged.")
    @APIResponse(responseCode = "200", description = "Corrected")
    @APIResponse(responseCode = "400", description = "The correction is malformed, changes nothing, or names an item twice")
    @APIResponse(responseCode = "404", description = "No such inspection or item")
    @APIResponse(responseCode = "409", description = "No result to correct yet, items unmarked, or the inspection "
            + "assigned to another inspector")
    public InspectionView correct(@PathParam("id") UUID id, @NotNull @Valid CorrectionRequest request) {
        return views.of(results.correct(id, caller.person(), request));
    }

    /** The inspector's answer to the lead center's question, standing by the result. */
    public record QuestionAnswer(@NotBlank @Size(max = 2000) String answer) {
    }

    @RolesAllowed(Role.INSPECTOR)
    @POST
    @Path("/question-answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the lead center's question about the submitted result, standing by it",
            description = "Published as QuestionAnswered: the section's decision goes back to the lead center. A "
                    + "result that was wrong is corrected instead (POST /inspections/{id}/corrections), which "
                    + "answers the question too.")
    @APIResponse(responseCode = "200", description = "Answered")
    @APIResponse(responseCode = "400", description = "No answer")
    @APIResponse(responseCode = "404", description = "No such inspection")
    @APIResponse(responseCode = "409", description = "Nothing asked, or the inspection assigned to another inspector")
    public InspectionView answerQuestion(@PathParam("id") UUID id, @NotNull @Valid QuestionAnswer request) {
        results.answerQuestion(id, caller.person(), request.answer().strip());
        return views.of(Inspection.existing(id));
    }

    @RolesAllowed({ Role.INSPECTOR, Role.COORDINATOR })
    @GET
    @Path("/results")
    @Operation(summary = "Every result submitted for the inspection, oldest first, corrections included")
    @APIResponse(responseCode = "200", description = "The results")
    @APIResponse(responseCode = "404", description = "No such inspection")
    public List<ResultView> results(@PathParam("id") UUID id) {
        Inspection.existing(id);
        return SubmittedResult.of(id).stream().map(ResultView::of).toList();
    }
}
