package org.jointacceptance.portal;

import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** What the signed-in user chose at notification-service, called with their own token: they change only their own. */
@RegisterRestClient(configKey = "notification-service")
@RegisterClientHeaders(SignedInUser.class)
@Path("/preferences")
public interface NoticePreferences {

    /** The language of the notices written to the user from now on; those written before keep theirs. */
    @PUT
    @Path("/language")
    void chooseLanguage(LanguageChoice choice);

    /** {@code zh-CN} or {@code en}. */
    record LanguageChoice(String language) {
    }
}
