package org.jointacceptance.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** acceptance-service's REST API, called with the signed-in user's own access token: it decides what they may see. */
@RegisterRestClient(configKey = "acceptance-service")
@RegisterClientHeaders(SignedInUserToken.class)
public interface AcceptanceService {

    /** The applications the user may see: a firm's own. */
    @GET
    @Path("/applications")
    List<ApplicationLine> applications();

    @GET
    @Path("/applications/{id}")
    ApplicationPage.Application application(@PathParam("id") UUID id);

    /** A joint acceptance opinion as the printable document acceptance-service makes of it. */
    @GET
    @Path("/opinions/{number}")
    @Produces(MediaType.TEXT_HTML)
    String printableOpinion(@PathParam("number") String number);

    /** One line of the list. */
    record ApplicationLine(UUID id, String number, String projectCode, String projectName, String district,
            String status, LocalDate dueDate, boolean dueDateProvisional) {
    }
}
