package org.jointacceptance.acceptance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.acceptance.opinion.JointOpinion;
import org.jointacceptance.acceptance.opinion.OpinionContent;
import org.jointacceptance.acceptance.opinion.OpinionPdf;
import org.jointacceptance.acceptance.opinion.OpinionService;
import org.jointacceptance.acceptance.opinion.PrintableOpinion;
import org.jointacceptance.access.Role;
import org.jointacceptance.problem.ProblemException;

/** Joint acceptance opinions: as data, as a printable document, as a signed PDF, and their public verification. */
@Path("/opinions/{number}")
@Tag(name = "Joint acceptance opinions")
public class OpinionResource {

    private static final String PDF = "application/pdf";

    private final OpinionService opinions;
    private final VisibleApplications visible;
    private final PrintableOpinion printable;
    private final OpinionPdf pdf;

    public OpinionResource(OpinionService opinions, VisibleApplications visible, PrintableOpinion printable,
            OpinionPdf pdf) {
        this.opinions = opinions;
        this.visible = visible;
        this.printable = printable;
        this.pdf = pdf;
    }

    /** An opinion with the digest that seals it. */
    public record OpinionView(OpinionContent content, String digest, String previousDigest) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A joint acceptance opinion: every department's conclusion, inspector, date and round")
    @APIResponse(responseCode = "404", description = "No opinion with this number")
    @RolesAllowed({ Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER })
    public OpinionView get(@PathParam("number") String number) {
        JointOpinion opinion = visible(number);
        return new OpinionView(opinions.content(opinion), opinion.digest, opinion.previousDigest);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The opinion as a printable document",
            description = "In Chinese, the language of record; in English when the first language asked for "
                    + "(Accept-Language) is English.")
    @RolesAllowed({ Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER })
    public String printable(@PathParam("number") String number, @Context HttpHeaders headers) {
        JointOpinion opinion = visible(number);
        return printable.render(opinion, opinions.content(opinion), AskedLanguage.of(headers));
    }

    @GET
    @Produces(PDF)
    @Operation(summary = "The opinion as a PDF document signed with the center's seal",
            description = "In Chinese, the language of record; in English when the first language asked for "
                    + "(Accept-Language) is English. Made once per language and kept: every copy is the same file, "
                    + "and its SHA-256 verifies at the public verification like the opinion's digest.")
    @APIResponse(responseCode = "200", description = "The signed PDF",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @RolesAllowed({ Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER })
    public Response pdf(@PathParam("number") String number, @Context HttpHeaders headers) {
        JointOpinion opinion = visible(number);
        return Response.ok(pdf.file(opinion, AskedLanguage.of(headers)))
                .header("Content-Disposition", "inline; filename=\"" + number + ".pdf\"").build();
    }

    @GET
    @Path("/verification")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify an opinion (public)", description = "Tells whether the digest printed on a copy is "
            + "the one issued with this opinion, or the SHA-256 of one of its signed PDF files (pdf), and whether the "
            + "stored opinion is intact. Needs no sign-in.")
    @PermitAll
    public OpinionService.Verification verify(@PathParam("number") String number,
            @QueryParam("digest") @NotBlank @Pattern(regexp = "^[0-9a-fA-F]{64}$",
                    message = "{jointacceptance.sha256-any-case}") String digest) {
        return opinions.verify(find(number), digest);
    }

    /** The opinion, if it concerns an application the caller may see. */
    private JointOpinion visible(String number) {
        JointOpinion opinion = find(number);
        try {
            visible.get(opinion.section.application.id);
        } catch (ProblemException notVisible) {
            throw ProblemException.notFound("opinion", number);
        }
        return opinion;
    }

    private static JointOpinion find(String number) {
        JointOpinion opinion = JointOpinion.findById(number);
        if (opinion == null) {
            throw ProblemException.notFound("opinion", number);
        }
        return opinion;
    }
}
