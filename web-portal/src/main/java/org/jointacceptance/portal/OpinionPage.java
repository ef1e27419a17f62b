package org.jointacceptance.portal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A section's joint acceptance opinion, to read and print: the document acceptance-service issues, with its digest
 * and the QR code of its verification page, shown to those who may see the application.
 */
@Path("/opinions/{number}")
@Authenticated
public class OpinionPage {

    private final AcceptanceService acceptance;

    OpinionPage(@RestClient AcceptanceService acceptance) {
        this.acceptance = acceptance;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String printable(@PathParam("number") String number) {
        return acceptance.printableOpinion(number);
    }
}
