package org.jointacceptance.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import io.quarkus.oidc.AccessTokenCredential;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Every call the portal makes to a service carries the signed-in user's own access token, so that the service decides
 * what this user may see and do, exactly as for any other client.
 */
@ApplicationScoped
public class SignedInUserToken implements ClientHeadersFactory {

    private final Instance<AccessTokenCredential> token;

    SignedInUserToken(Instance<AccessTokenCredential> token) {
        this.token = token;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("Authorization", "Bearer " + token.get().getToken());
        return headers;
    }
}
