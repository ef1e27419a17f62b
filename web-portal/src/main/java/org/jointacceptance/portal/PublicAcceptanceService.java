package org.jointacceptance.portal;

import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** What acceptance-service answers anyone, without sign-in and without a token. */
@RegisterRestClient(configKey = "acceptance-service")
public interface PublicAcceptanceService {

    /** Whether a printed opinion's digest is the issued one's. */
    @GET
    @Path("/opinions/{number}/verification")
    Verification verify(@PathParam("number") String number, @QueryParam("digest") String digest);

    /** An application's stage, for the number and lookup code of its intake receipt. */
    @GET
    @Path("/status")
    Status status(@QueryParam("number") String number, @QueryParam("code") String code);

    /** The project and section only while the stored opinion is intact; the day it was withdrawn, if it was. */
    record Verification(String number, boolean digestMatches, boolean contentIntact, LocalDate issuedOn,
            String projectName, String sectionName, LocalDate withdrawnOn) {
    }

    /** Nothing about the firm or the people. */
    record Status(String number, String projectName, String status, LocalDate dueDate, boolean dueDateProvisional) {
    }
}
