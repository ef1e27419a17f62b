package org.jointacceptance.portal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A section's joint acceptance opinion, to read and print, or to keep as the signed PDF: the document
 * acceptance-service issues, with its digest and the QR code of its verification page, shown to those who may see
 * the application.
 */
@Path("/opinions/{number}")
@Authenticated
public class OpinionPage {

    private static final String PDF = "application/pdf";

    private final AcceptanceService acceptance;

    OpinionPage(@RestClient AcceptanceService acceptance) {
        this.acceptance = acceptance;
    }

    /**
     * The opinion to read and print; with {@code ?download=true}, the PDF file signed with the center's seal, to
     * keep or send on.
     */
    @GET
    @Produces({ MediaType.TEXT_HTML, PDF })
    public Response printable(@PathParam("number") String number, @QueryParam("download") boolean download) {
        if (download) {
            return Response.ok(acceptance.opinionPdf(number), PDF)
                    .header("Content-Disposition", "attachment; filename=\"" + number + ".pdf\"").build();
        }
        return Response.ok(acceptance.printableOpinion(number), MediaType.TEXT_HTML_TYPE).build();
    }
}
