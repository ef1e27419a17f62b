package org.jointacceptance.infrastructure.tokens;

import java.time.Duration;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/** Issues RS256 bearer tokens as an identity provider would, with the claims the services read. */
public final class TokenIssuer {

    /** The issuer of the tokens the services' tests sign; the local run and production use Keycloak's. */
    public static final String LOCAL_ISSUER = "https://jointacceptance.local/issuer";

    private final SigningKey key;
    private final String issuer;

    public TokenIssuer(SigningKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    public String issue(User user, Duration lifetime) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(user.name());
        claims.setClaim("upn", user.name());
        claims.setClaim("name", user.name());
        claims.setStringListClaim("groups", user.roles());
        if (user.creditCode() != null) {
            claims.setClaim("credit_code", user.creditCode());
        }
        if (user.department() != null) {
            claims.setClaim("department", user.department());
        }
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetime.toSeconds() / 60f);
        claims.setGeneratedJwtId();
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(key.privateKey());
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setHeader("typ", "JWT");
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a token for " + user.name(), e);
        }
    }
}
