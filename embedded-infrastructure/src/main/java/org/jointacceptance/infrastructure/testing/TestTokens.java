package org.jointacceptance.infrastructure.testing;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jointacceptance.infrastructure.tokens.SigningKey;
import org.jointacceptance.infrastructure.tokens.TokenIssuer;
import org.jointacceptance.infrastructure.tokens.User;

/**
 * Bearer tokens for tests, signed by a key this JVM made; {@link InfrastructureTestResource} tells the services
 * under test to trust it.
 */
public final class TestTokens {

    private static final SigningKey KEY = SigningKey.generate();
    private static final TokenIssuer ISSUER = new TokenIssuer(KEY, TokenIssuer.LOCAL_ISSUER);
    private static final Map<User, String> ISSUED = new ConcurrentHashMap<>();

    private TestTokens() {
    }

    /** A token for {@code user}, valid for an hour. */
    public static String of(User user) {
        return ISSUED.computeIfAbsent(user, who -> ISSUER.issue(who, Duration.ofHours(1)));
    }

    /** A new token for {@code user}, valid for {@code lifetime} from now. */
    public static String validFor(User user, Duration lifetime) {
        return ISSUER.issue(user, lifetime);
    }

    /** A token for {@code user} that expired a minute ago. */
    public static String expired(User user) {
        return ISSUER.issue(user, Duration.ofMinutes(-1));
    }

    /** A well-formed token for {@code user} that a key the services do not trust signed. */
    public static String forged(User user) {
        return new TokenIssuer(SigningKey.generate(), TokenIssuer.LOCAL_ISSUER).issue(user, Duration.ofHours(1));
    }

    static String publicKeyPem() {
        return KEY.publicKeyPem();
    }
}
