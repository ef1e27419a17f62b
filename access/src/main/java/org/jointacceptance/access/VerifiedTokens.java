package org.jointacceptance.access;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies each bearer token once, not on every request: an inspector marking a checklist sends the same token a
 * dozen times a minute, and checking its RSA signature each time was a tenth of a department's CPU. A token is
 * reused, by its exact text (signature included, so a forged one never matches), until it expires and for at most
 * {@link #REUSED_AT_MOST} after its verification, so that a key withdrawn from the provider stops being trusted soon.
 * A token that fails verification is never kept.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    static final Duration REUSED_AT_MOST = Duration.ofMinutes(5);
    private static final int KEPT_AT_MOST = 10_000;

    private final DefaultJWTParser verifier;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public VerifiedTokens(DefaultJWTParser verifier) {
        this.verifier = verifier;
    }

    private record Verified(JsonWebToken token, long reusableUntilSecond) {
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = Instant.now().getEpochSecond(); // a token expires on the wall clock, whatever the service's own
        Verified known = verified.get(token);
        if (known != null && now < known.reusableUntilSecond()) {
            return known.token();
        }
        JsonWebToken parsed = verifier.parse(token);
        if (verified.size() >= KEPT_AT_MOST) {
            verified.clear();
        }
        verified.put(token, new Verified(parsed, Math.min(parsed.getExpirationTime(), now + REUSED_AT_MOST.toSeconds())));
        return parsed;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
