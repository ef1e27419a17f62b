package org.jointacceptance.department.access;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.jointacceptance.access.Role;
import org.jointacceptance.department.serving.ServedDepartments;

/**
 * An inspector or lead counts as one here only when the token's {@code department} claim names a department this
 * instance serves. Anyone else keeps the inspector and lead roles out of
 * their identity, so that {@code @RolesAllowed} refuses them (403) as it refuses any other role.
 */
@ApplicationScoped
public class DepartmentRoles implements SecurityIdentityAugmentor {

    private static final Set<String> DEPARTMENT_ROLES = Set.of(Role.INSPECTOR, Role.LEAD);

    private final ServedDepartments served;

    public DepartmentRoles(ServedDepartments served) {
        this.served = served;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || DEPARTMENT_ROLES.stream().noneMatch(identity::hasRole)
                || ServedDepartments.claimedBy(identity).filter(served::serves).isPresent()) {
            return Uni.createFrom().item(identity);
        }
        Set<String> roles = identity.getRoles().stream().filter(role -> !DEPARTMENT_ROLES.contains(role))
                .collect(Collectors.toSet());
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(roles)
                .addPermissionChecker(identity::checkPermission)
                .build());
    }
}
