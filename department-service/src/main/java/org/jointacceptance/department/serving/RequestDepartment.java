package org.jointacceptance.department.serving;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jointacceptance.problem.ProblemException;

/**
 * Chooses the department a call is for: an inspector's or a lead's is the department of their token; anyone else
 * (a coordinator of the lead center) names it in the {@value #HEADER} header, which an instance serving one
 * department does not need. A department this instance does not serve is answered 421, a call to an instance
 * serving several that names none 400. Anonymous callers and refused tokens are left to the access checks (401).
 */
public class RequestDepartment {

    /** The header naming the department a call is for, by its code. */
    public static final String HEADER = "Department";

    private final ServedDepartments served;
    private final CurrentDepartment current;
    private final CurrentIdentityAssociation identities;

    public RequestDepartment(ServedDepartments served, CurrentDepartment current,
            CurrentIdentityAssociation identities) {
        this.served = served;
        this.current = current;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> choose(ContainerRequestContext request) {
        String named = request.getHeaderString(HEADER);
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .invoke(identity -> choose(identity, named))
                .replaceWithVoid();
    }

    private void choose(SecurityIdentity identity, String named) {
        if (identity == null || identity.isAnonymous()) {
            return;
        }
        Optional<String> own = ServedDepartments.claimedBy(identity);
        if (own.isPresent()) {
            if (served.serves(own.get())) { // otherwise the token lost its department's roles here: 403
                current.choose(own.get());
            }
            return;
        }
        if (named != null) {
            if (!served.serves(named)) {
                throw new ProblemException("department-not-served", 421, named, String.join(", ", served.all()));
            }
            current.choose(named);
        } else if (served.all().size() > 1) {
            throw ProblemException.invalid("department-not-chosen", HEADER, String.join(", ", served.all()));
        }
    }
}
