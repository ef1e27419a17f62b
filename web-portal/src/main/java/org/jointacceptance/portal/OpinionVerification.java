package org.jointacceptance.portal;

import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** acceptance-service's public check of a printed opinion: no sign-in, no token. */
@RegisterRestClient(configKey = "acceptance-service")
@Path("/opinions/{number}/verification")
public interface OpinionVerification {

    @GET
    Result verify(@PathParam("number") String number, @QueryParam("digest") String digest);

    /** The service's answer; the project and section only while the stored opinion is intact. */
    record Result(String number, boolean digestMatches, boolean contentIntact, LocalDate issuedOn, String projectName,
            String sectionName) {
    }
}
