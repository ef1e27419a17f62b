package org.jointacceptance.department.serving;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jointacceptance.access.Caller;
import org.jointacceptance.messaging.outbox.OutboxDatabases;

/**
 * The departments this instance serves: usually one ({@code department.code}), or besides it more of the city's
 * departments ({@code department.also}), each with its own database, so that a city runs one JVM for its departments
 * instead of one each. Whatever a department does runs as that department ({@link #each}): its requests and events
 * reach its database alone.
 */
@ApplicationScoped
public class ServedDepartments implements OutboxDatabases {

    private final List<String> codes;
    private final CurrentDepartment current;

    public ServedDepartments(DepartmentConfig department, CurrentDepartment current) {
        List<String> codes = new ArrayList<>();
        codes.add(department.code());
        department.also().orElse(List.of()).stream().map(String::strip)
                .filter(code -> !code.isEmpty() && !codes.contains(code)).forEach(codes::add);
        this.codes = List.copyOf(codes);
        this.current = current;
    }

    /** The department whose database is the instance's datasource, and who acts when no other is chosen. */
    public String first() {
        return codes.get(0);
    }

    /** Every department served, the instance's own ({@code department.code}) first. */
    @Override
    public List<String> all() {
        return codes;
    }

    /** The department the current request or event is handled for; outside one, the instance's own. */
    @Override
    public String current() {
        return Arc.container().requestContext().isActive() ? current.code() : first();
    }

    public boolean serves(String code) {
        return codes.contains(code);
    }

    /** The department the caller's token names, if any: an inspector's or a lead's. */
    public static Optional<String> claimedBy(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        return Optional.ofNullable(token.getClaim(Caller.DEPARTMENT)).map(Object::toString);
    }

    /**
     * Runs {@code work} once as each department served, one after another. A department's failure keeps none of the
     * others from its turn: it is thrown once every department had one (the first, any later ones suppressed in it).
     */
    public void each(Runnable work) {
        RuntimeException failure = null;
        for (String code : codes) {
            try {
                in(code, work);
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Runs {@code work} as {@code code}, in a request context of its own: the persistence context it opens, and any
     * it opened before, belong to one department each.
     */
    @Override
    public void in(String code, Runnable work) {
        ManagedContext requests = Arc.container().requestContext();
        InjectableContext.ContextState outer = requests.getStateIfActive();
        if (outer != null) {
            requests.deactivate();
        }
        requests.activate();
        try {
            current.choose(code);
            work.run();
        } finally {
            requests.terminate();
            if (outer != null) {
                requests.activate(outer);
            }
        }
    }
}
