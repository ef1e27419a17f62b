package org.jointacceptance.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import io.quarkus.oidc.AccessTokenCredential;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Every call the portal makes to a service carries the signed-in user's own access token, so that the service decides
 * what this user may see and do, exactly as for any other client; and the language of their pages, so that what a
 * service says about a field (a problem) is said in it.
 */
@ApplicationScoped
public class SignedInUser implements ClientHeadersFactory {

    private final Instance<AccessTokenCredential> token;
    private final Instance<PageContext> page;

    SignedInUser(Instance<AccessTokenCredential> token, Instance<PageContext> page) {
        this.token = token;
        this.page = page;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("Authorization", "Bearer " + token.get().getToken());
        headers.putSingle("Accept-Language", page.get().language());
        return headers;
    }
}
