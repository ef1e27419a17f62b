package org.jointacceptance.portal;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Where each department's department-service answers ({@code portal.department-services}: {@code code=url} pairs
 * separated by commas), and the client of the one the signed-in inspector's sign-in names (its {@code department}
 * claim).
 */
@ApplicationScoped
public class DepartmentServices {

    private final Map<String, URI> addresses;
    private final SignedInUser user;
    private final Map<String, DepartmentService> clients = new ConcurrentHashMap<>();

    DepartmentServices(@ConfigProperty(name = "portal.department-services") Optional<String> addresses,
            SignedInUser user) {
        this.addresses = Stream.of(addresses.orElse("").split(",")).map(String::strip)
                .filter(pair -> pair.contains("="))
                .collect(Collectors.toUnmodifiableMap(pair -> pair.substring(0, pair.indexOf('=')).strip(),
                        pair -> URI.create(pair.substring(pair.indexOf('=') + 1).strip())));
        this.user = user;
    }

    /** The department the signed-in user works for, if their sign-in names one. */
    public static Optional<String> departmentOf(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token
                ? Optional.ofNullable(token.<Object>getClaim("department")).map(String::valueOf).filter(code -> !code.isBlank())
                : Optional.empty();
    }

    /** The department-service of {@code department}, if the portal knows where it answers. */
    public Optional<DepartmentService> of(String department) {
        URI address = addresses.get(department);
        return address == null ? Optional.empty() : Optional.of(clients.computeIfAbsent(department,
                code -> QuarkusRestClientBuilder.newBuilder().baseUri(address).clientHeadersFactory(user)
                        .connectTimeout(2, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS)
                        .build(DepartmentService.class)));
    }
}
