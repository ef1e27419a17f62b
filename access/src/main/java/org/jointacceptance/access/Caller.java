package org.jointacceptance.access;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The authenticated caller of the current request: who it is, which roles it holds, and for whom it acts. */
@RequestScoped
public class Caller {

    /** Claim naming an applicant firm by its unified social credit code. */
    public static final String CREDIT_CODE = "credit_code";
    /** Claim naming an inspector's or lead's department by its code, such as {@code fire}. */
    public static final String DEPARTMENT = "department";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The caller's name as the token gives it ({@code upn}, else {@code preferred_username}, else {@code sub}). */
    public String name() {
        return identity.getPrincipal().getName();
    }

    /** The caller as a person: their login and the name people read ({@code name} claim). */
    public Person person() {
        return new Person(name(), claim("name").orElse(null));
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** The firm an applicant acts for; empty for anyone else. */
    public Optional<String> creditCode() {
        return claim(CREDIT_CODE);
    }

    /** The department an inspector or lead works for; empty for anyone else. */
    public Optional<String> department() {
        return claim(DEPARTMENT);
    }

    /** The bearer token as received, to pass on when this service asks another on the caller's behalf. */
    public String bearerToken() {
        return token.getRawToken();
    }

    private Optional<String> claim(String name) {
        return Optional.ofNullable(token.getClaim(name)).map(Object::toString).filter(value -> !value.isBlank());
    }
}
