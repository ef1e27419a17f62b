package org.jointacceptance.infrastructure.tokens;

import java.util.List;
import java.util.Objects;

/**
 * Someone a token is issued for: a name, roles (the token's {@code groups}) and, for applicants, the firm's credit
 * code, for inspectors and leads, their department.
 */
public record User(String name, List<String> roles, String creditCode, String department) {

    public User {
        Objects.requireNonNull(name, "name");
        roles = List.copyOf(roles);
    }

    public static User applicant(String name, String creditCode) {
        return new User(name, List.of("applicant"), creditCode, null);
    }

    public static User inspector(String name, String department) {
        return new User(name, List.of("inspector"), null, department);
    }

    /** A lead inspects too. */
    public static User lead(String name, String department) {
        return new User(name, List.of("inspector", "lead"), null, department);
    }

    public static User coordinator(String name) {
        return new User(name, List.of("coordinator"), null, null);
    }

    /** The lead center's leader, who signs the decisions. */
    public static User leadCenter(String name) {
        return new User(name, List.of("lead-center"), null, null);
    }

    public static User supervisor(String name) {
        return new User(name, List.of("supervisor"), null, null);
    }
}
