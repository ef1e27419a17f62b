package org.jointacceptance.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jointacceptance.infrastructure.tokens.User;

/**
 * The realm's users as the local run needs them: a token for anyone, signed in with the sample users' password through
 * the command-line client, and the user made (through Keycloak's admin API) when the realm does not have it yet.
 */
public final class KeycloakUsers {

    static final String ADMIN = "admin";
    /** The public client of the local run's command line, allowed to sign in with a password. */
    static final String CLI_CLIENT = "joint-acceptance-cli";
    private static final List<String> ROLES = List.of("applicant", "inspector", "lead", "coordinator", "lead-center",
            "supervisor");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String url;
    private final KeycloakSecrets secrets;
    private final Map<User, String> tokens = new ConcurrentHashMap<>();
    private String admin;

    KeycloakUsers(String url, KeycloakSecrets secrets) {
        this.url = url;
        this.secrets = secrets;
    }

    /**
     * An access token of {@code user}, who is made in the realm first if it has no such user; the same token again
     * while it has more than a minute to live.
     */
    public String token(User user) {
        String issued = tokens.get(user);
        if (issued != null && expiry(issued).isAfter(Instant.now().plus(Duration.ofMinutes(1)))) {
            return issued;
        }
        ensure(user);
        String token = signIn(Keycloak.REALM, CLI_CLIENT, user.name(), secrets.samplePassword());
        tokens.put(user, token);
        return token;
    }

    /**
     * Takes up the tokens an earlier run issued (by user) that still speak for their user here ({@link #speaksFor}),
     * so that {@link #token} gives them again instead of signing in.
     */
    void keep(Map<User, String> earlier) {
        if (earlier.isEmpty()) {
            return;
        }
        String issuer = url + "/realms/" + Keycloak.REALM;
        Set<String> keys = new HashSet<>();
        send(null, "GET", issuer + "/protocol/openid-connect/certs", null).path("keys")
                .forEach(key -> keys.add(key.path("kid").asText()));
        earlier.forEach((user, token) -> {
            if (speaksFor(token, user, issuer, keys, Instant.now())) {
                tokens.put(user, token);
            }
        });
    }

    /**
     * Whether {@code token} still speaks for {@code user}: issued by {@code issuer} and signed with one of its keys
     * ({@code keyIds}), for the user's name, the system's roles it has, its firm and its department, with an hour
     * or more to live at {@code now}.
     */
    static boolean speaksFor(String token, User user, String issuer, Set<String> keyIds, Instant now) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        JsonNode header;
        JsonNode claims;
        try {
            header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        Set<String> roles = new HashSet<>();
        claims.path("groups").forEach(role -> roles.add(role.asText()));
        roles.retainAll(ROLES);
        return keyIds.contains(header.path("kid").asText())
                && issuer.equals(claims.path("iss").asText())
                && user.name().equals(claims.path("preferred_username").asText())
                && roles.equals(Set.copyOf(user.roles()))
                && Objects.equals(user.creditCode(), claims.path("credit_code").textValue())
                && Objects.equals(user.department(), claims.path("department").textValue())
                && Instant.ofEpochSecond(claims.path("exp").asLong()).isAfter(now.plus(Duration.ofHours(1)));
    }

    /**
     * Makes the realm's user {@code user.name()} what {@code user} says: its firm or department and its roles, with the
     * sample users' password when it is new.
     */
    void ensure(User user) {
        String admin = admin();
        String users = realmAdmin() + "/users";
        ObjectNode wanted = attributes(user);
        JsonNode found = find(admin, user.name());
        if (found == null) {
            ObjectNode created = JSON.createObjectNode().put("username", user.name()).put("enabled", true)
                    .put("firstName", user.name());
            created.set("attributes", wanted);
            created.putArray("credentials").addObject().put("type", "password")
                    .put("value", secrets.samplePassword()).put("temporary", false);
            send(admin, "POST", users, created);
            found = find(admin, user.name());
        } else {
            ObjectNode attributes = found.has("attributes") ? (ObjectNode) found.get("attributes").deepCopy()
                    : JSON.createObjectNode();
            attributes.remove(List.of("credit_code", "department"));
            attributes.setAll(wanted);
            if (!attributes.equals(found.get("attributes"))) {
                ObjectNode changed = ((ObjectNode) found).deepCopy();
                changed.remove("userProfileMetadata");
                changed.set("attributes", attributes);
                send(admin, "PUT", users + "/" + found.get("id").asText(), changed);
            }
        }
        grantExactly(admin, found.get("id").asText(), user.roles());
    }

    /**
     * A token of the master realm's administrator, the same while it has ten seconds to live: each sign-in costs
     * Keycloak a password hash.
     */
    private synchronized String admin() {
        if (admin == null || expiry(admin).isBefore(Instant.now().plusSeconds(10))) {
            admin = signIn("master", "admin-cli", ADMIN, secrets.adminPassword());
        }
        return admin;
    }

    /** When {@code token} expires, from its {@code exp} claim. */
    static Instant expiry(String token) {
        try {
            return Instant.ofEpochSecond(JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]))
                    .get("exp").asLong());
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a JWT", e);
        }
    }

    private JsonNode find(String admin, String username) {
        JsonNode found = send(admin, "GET", realmAdmin() + "/users?exact=true&username=" + encode(username), null);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The user's firm or department, as the realm's attributes of the same names. */
    private static ObjectNode attributes(User user) {
        ObjectNode attributes = JSON.createObjectNode();
        if (user.creditCode() != null) {
            attributes.putArray("credit_code").add(user.creditCode());
        }
        if (user.department() != null) {
            attributes.putArray("department").add(user.department());
        }
        return attributes;
    }

    /** Gives the user exactly {@code roles} among the system's roles. */
    private void grantExactly(String admin, String id, List<String> roles) {
        String mappings = realmAdmin() + "/users/" + id + "/role-mappings/realm";
        ArrayNode missing = JSON.createArrayNode();
        ArrayNode extra = JSON.createArrayNode();
        List<String> held = new ArrayList<>();
        for (JsonNode role : send(admin, "GET", mappings, null)) {
            String name = role.get("name").asText();
            held.add(name);
            if (ROLES.contains(name) && !roles.contains(name)) {
                extra.add(role);
            }
        }
        for (String role : roles) {
            if (!held.contains(role)) {
                missing.add(role(admin, role));
            }
        }
        if (!missing.isEmpty()) {
            send(admin, "POST", mappings, missing);
        }
        if (!extra.isEmpty()) {
            send(admin, "DELETE", mappings, extra);
        }
    }

    /**
     * The realm's role, made first where the realm was imported before the role existed (one user at a time, so that
     * it is made once).
     */
    private synchronized JsonNode role(String admin, String role) {
        boolean exists = false;
        for (JsonNode known : send(admin, "GET", realmAdmin() + "/roles?briefRepresentation=true&max=1000", null)) {
            exists |= known.get("name").asText().equals(role);
        }
        if (!exists) {
            send(admin, "POST", realmAdmin() + "/roles", JSON.createObjectNode().put("name", role));
        }
        return send(admin, "GET", realmAdmin() + "/roles/" + role, null);
    }

    private String realmAdmin() {
        return url + "/admin/realms/" + Keycloak.REALM;
    }

    /** Signs in with a password (the resource owner password grant of the local run's clients); the access token. */
    private String signIn(String realm, String client, String username, String password) {
        String form = "grant_type=password&client_id=" + encode(client) + "&username=" + encode(username)
                + "&password=" + encode(password);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/realms/" + realm
                        + "/protocol/openid-connect/token")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return exchange(request, "sign in as " + username).get("access_token").asText();
    }

    /** Sends a request to Keycloak with {@code token} (none: {@code null}); its answer. */
    private JsonNode send(String token, String method, String address, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString()));
        return exchange(request.build(), method + " " + address);
    }

    /** Keycloak's answer as JSON (missing if it has no body); refused or unreachable is an exception. */
    private JsonNode exchange(HttpRequest request, String what) {
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + url + " does not answer (" + what + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + what, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak refused to " + what + ": " + response.statusCode() + " "
                    + response.body());
        }
        try {
            return response.body().isBlank() ? MissingNode.getInstance() : JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Keycloak answered something that is not JSON (" + what + ")", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
