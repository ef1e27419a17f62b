package org.jointacceptance.access;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.DefaultJWTTokenParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtContext;

/**
 * Verifies each bearer token once, not on every request: an inspector marking a checklist sends the same token a
 * dozen times a minute, and checking its RSA signature each time was a tenth of a department's CPU. A token is
 * reused, by its exact text (signature included, so a forged one never matches), until it expires and for at most
 * {@link #REUSED_AT_MOST} after its verification, so that a key withdrawn from the provider stops being trusted soon.
 * A token that fails verification is never kept. The project's own claims (department, credit code) are read
 * without the exception smallrye-jwt otherwise throws and catches on every read of a claim the MicroProfile standard
 * does not name ({@link OwnClaimsRead}).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    static final Duration REUSED_AT_MOST = Duration.ofMinutes(5);
    private static final int KEPT_AT_MOST = 10_000;

    private final DefaultJWTParser verifier;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public VerifiedTokens(JWTAuthContextInfo context) {
        this.verifier = new DefaultJWTParser(context, new OwnClaimsReadFactory());
    }

    private record Verified(JsonWebToken token, long reusableUntilSecond) {
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Optional<JsonWebToken> known = verifiedBefore(token);
        if (known.isPresent()) {
            return known.get();
        }
        long now = Instant.now().getEpochSecond();
        JsonWebToken parsed = verifier.parse(token);
        if (verified.size() >= KEPT_AT_MOST) {
            verified.clear();
        }
        verified.put(token, new Verified(parsed, Math.min(parsed.getExpirationTime(), now + REUSED_AT_MOST.toSeconds())));
        return parsed;
    }

    /** The token as verified before, while it may still be reused; empty when it is to be verified (again). */
    public Optional<JsonWebToken> verifiedBefore(String token) {
        Verified known = verified.get(token);
        // a token expires on the wall clock, whatever the service's own
        return known != null && Instant.now().getEpochSecond() < known.reusableUntilSecond()
                ? Optional.of(known.token()) : Optional.empty();
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

    /**
     * A verified token that tells a claim the MicroProfile standard names from one it does not by a set, where
     * smallrye-jwt asks {@code Claims.valueOf} and catches its {@code IllegalArgumentException}: every department
     * request read the department claim twice that way, a fiftieth of a department's CPU.
     */
    private static final class OwnClaimsRead extends DefaultJWTCallerPrincipal {

        private static final Set<String> STANDARD = Arrays.stream(Claims.values()).map(Claims::name)
                .collect(Collectors.toUnmodifiableSet());

        OwnClaimsRead(String type, JwtClaims claims) {
            super(type, claims);
        }

        @Override
        protected Claims getClaimType(String name) {
            return STANDARD.contains(name) ? Claims.valueOf(name) : Claims.UNKNOWN;
        }
    }

    /** Verifies a token as smallrye-jwt's own factory does, and answers it as {@link OwnClaimsRead}. */
    private static final class OwnClaimsReadFactory extends JWTCallerPrincipalFactory {

        private final DefaultJWTTokenParser parser = new DefaultJWTTokenParser();

        @Override
        public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
            JwtContext verified = parser.parse(token, context);
            return new OwnClaimsRead(verified.getJoseObjects().get(0).getHeader("typ"), verified.getJwtClaims());
        }
    }
}
