package org.jointacceptance.acceptance.rest;

import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.acceptance.opinion.JointOpinion;
import org.jointacceptance.acceptance.opinion.OpinionContent;
import org.jointacceptance.acceptance.opinion.OpinionService;
import org.jointacceptance.acceptance.opinion.VerificationLink;
import org.jointacceptance.access.Role;
import org.jointacceptance.problem.ProblemException;

/** Joint acceptance opinions: as data, as a printable document, and their public verification. */
@Path("/opinions/{number}")
@Tag(name = "Joint acceptance opinions")
public class OpinionResource {

    private final OpinionService opinions;
    private final VisibleApplications visible;
    private final VerificationLink verification;

    public OpinionResource(OpinionService opinions, VisibleApplications visible, VerificationLink verification) {
        this.opinions = opinions;
        this.visible = visible;
        this.verification = verification;
    }

    /** An opinion with the digest that seals it. */
    public record OpinionView(OpinionContent content, String digest, String previousDigest) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A joint acceptance opinion: every department's conclusion, inspector, date and round")
    @APIResponse(responseCode = "404", description = "No opinion with this number")
    @RolesAllowed({ Role.APPLICANT, Role.COORDINATOR })
    public OpinionView get(@PathParam("number") String number) {
        JointOpinion opinion = visible(number);
        return new OpinionView(opinions.content(opinion), opinion.digest, opinion.previousDigest);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The opinion as a printable document")
    @RolesAllowed({ Role.APPLICANT, Role.COORDINATOR })
    public String printable(@PathParam("number") String number) {
        JointOpinion opinion = visible(number);
        OpinionContent content = opinions.content(opinion);
        String rows = content.conclusions().stream().map(conclusion -> "<tr><td>" + html(conclusion.department())
                + "</td><td>" + html(conclusion.conclusion()) + "</td><td>" + html(conclusion.inspector()) + "</td><td>"
                + conclusion.inspectedOn() + "</td><td>" + conclusion.round() + "</td><td>" + html(conclusion.reason())
                + "</td></tr>").collect(Collectors.joining("\n"));
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>联合验收意见书 %1$s</title>
                <style>body{font-family:serif;max-width:48em;margin:2em auto}table{border-collapse:collapse;width:100%%}
                td,th{border:1px solid #444;padding:.3em .5em;text-align:left}.digest{font-family:monospace;word-break:break-all}
                .verify{display:flex;gap:1em;align-items:center;margin-top:1.5em}</style>
                </head><body>
                <h1>联合验收意见书 Joint acceptance opinion</h1>
                <p><b>No.</b> %1$s &nbsp; <b>Issued</b> %2$s by %3$s</p>
                <p><b>Project</b> %4$s (%5$s), %6$s, district %7$s</p>
                <p><b>Applicant</b> %8$s (%9$s)</p>
                <p><b>Section</b> %10$s: buildings %11$s, %12$s m², accepted after %13$d round(s)</p>
                <table><tr><th>Department</th><th>Conclusion</th><th>Inspector</th><th>Date</th><th>Round</th><th>Note</th></tr>
                %14$s
                </table>
                <p>SHA-256 <span class="digest">%15$s</span></p>
                <div class="verify">%16$s<p>扫码或访问以下网址核验本意见书 Scan or visit to verify this copy:<br>
                <span class="digest">%17$s</span></p></div>
                </body></html>
                """.formatted(html(content.number()), content.issuedOn(), html(content.issuedBy()),
                html(content.projectName()), html(content.projectCode()), html(content.address()),
                html(content.district()), html(content.applicantName()), html(content.applicantCreditCode()),
                html(content.sectionName()), html(String.join(", ", content.buildings())), content.floorArea(),
                content.rounds(), rows, opinion.digest, verification.qrCode(opinion, "30mm"),
                html(verification.of(opinion)));
    }

    @GET
    @Path("/verification")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify an opinion (public)", description = "Tells whether the digest printed on a copy is "
            + "the one issued with this opinion, and whether the stored opinion is intact. Needs no sign-in.")
    @PermitAll
    public OpinionService.Verification verify(@PathParam("number") String number,
            @QueryParam("digest") @NotBlank @Pattern(regexp = "^[0-9a-fA-F]{64}$",
                    message = "must be a 64-character hex SHA-256 digest") String digest) {
        return opinions.verify(find(number), digest);
    }

    /** The opinion, if it concerns an application the caller may see. */
    private JointOpinion visible(String number) {
        JointOpinion opinion = find(number);
        try {
            visible.get(opinion.section.application.id);
        } catch (ProblemException notVisible) {
            throw ProblemException.notFound("Joint acceptance opinion", number);
        }
        return opinion;
    }

    private static JointOpinion find(String number) {
        JointOpinion opinion = JointOpinion.findById(number);
        if (opinion == null) {
            throw ProblemException.notFound("Joint acceptance opinion", number);
        }
        return opinion;
    }

    private static String html(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
