package org.jointacceptance.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import org.jointacceptance.infrastructure.tokens.User;
import org.junit.jupiter.api.Test;

/** Which tokens of an earlier run a later start keeps for the sample users instead of signing them in again. */
class KeycloakUsersTest {

    private static final String ISSUER = "http://localhost:8180/realms/joint-acceptance";
    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private static final User FIRE_LEAD = User.lead("fire-lead", "fire");
    private static final String LEAD_ROLES = "[\"inspector\",\"lead\"]";

    @Test
    void a_token_of_this_realm_for_the_same_user_with_hours_to_live_is_kept() {
        assertThat(kept(token("key-1", ISSUER, "fire-lead", "[\"inspector\",\"lead\",\"offline_access\"]", "fire",
                Duration.ofHours(9)), FIRE_LEAD)).isTrue();
        assertThat(kept(token("key-1", ISSUER, "liu.yang", "[\"coordinator\"]", null, Duration.ofHours(2)),
                User.coordinator("liu.yang"))).isTrue();
    }

    @Test
    void a_token_another_realm_or_key_signed_is_issued_again() {
        assertThat(kept(token("key-1", "http://localhost:9999/realms/joint-acceptance", "fire-lead", LEAD_ROLES,
                "fire", Duration.ofHours(9)), FIRE_LEAD)).isFalse();
        assertThat(kept(token("key-0", ISSUER, "fire-lead", LEAD_ROLES, "fire", Duration.ofHours(9)), FIRE_LEAD))
                .isFalse();
    }

    @Test
    void a_token_that_says_other_roles_or_another_department_or_user_is_issued_again() {
        assertThat(kept(token("key-1", ISSUER, "fire-lead", "[\"inspector\"]", "fire", Duration.ofHours(9)),
                FIRE_LEAD)).isFalse();
        assertThat(kept(token("key-1", ISSUER, "fire-lead", LEAD_ROLES, "land", Duration.ofHours(9)), FIRE_LEAD))
                .isFalse();
        assertThat(kept(token("key-1", ISSUER, "fire-lead", LEAD_ROLES, null, Duration.ofHours(9)), FIRE_LEAD))
                .isFalse();
        assertThat(kept(token("key-1", ISSUER, "land-lead", LEAD_ROLES, "fire", Duration.ofHours(9)), FIRE_LEAD))
                .isFalse();
    }

    @Test
    void a_token_with_less_than_an_hour_to_live_or_no_token_at_all_is_issued_again() {
        assertThat(kept(token("key-1", ISSUER, "fire-lead", LEAD_ROLES, "fire", Duration.ofMinutes(59)), FIRE_LEAD))
                .isFalse();
        assertThat(kept("not a token", FIRE_LEAD)).isFalse();
        assertThat(kept("a.b!.c", FIRE_LEAD)).isFalse();
    }

    /** Whether the start keeps {@code token} for {@code user}, the realm publishing one key, {@code key-1}. */
    private static boolean kept(String token, User user) {
        return KeycloakUsers.speaksFor(token, user, ISSUER, Set.of("key-1"), NOW);
    }

    /** A token as Keycloak shapes it (its signature is not what is checked here: the services check it). */
    private static String token(String keyId, String issuer, String user, String groups, String department,
            Duration toLive) {
        String claims = "{\"iss\":\"" + issuer + "\",\"preferred_username\":\"" + user + "\",\"groups\":" + groups
                + (department == null ? "" : ",\"department\":\"" + department + "\"")
                + ",\"exp\":" + NOW.plus(toLive).getEpochSecond() + "}";
        return encode("{\"alg\":\"RS256\",\"kid\":\"" + keyId + "\"}") + "." + encode(claims) + ".signature";
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
