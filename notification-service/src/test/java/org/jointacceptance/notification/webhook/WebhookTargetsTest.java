package org.jointacceptance.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Which addresses count as inside a network, however they are written, and what an allow-listed host may do that
 * others may not: the rules the webhook tests exercise through the API, address by address.
 */
class WebhookTargetsTest {

    @Test
    void addresses_inside_a_network_are_named_for_what_they_are_and_public_ones_pass() throws Exception {
        Map<String, String> inside = Map.ofEntries(
                Map.entry("127.0.0.1", "loopback"), Map.entry("127.8.9.10", "loopback"), Map.entry("::1", "loopback"),
                Map.entry("0.0.0.0", "unspecified"), Map.entry("::", "unspecified"),
                Map.entry("0.1.2.3", "'this network'"),
                Map.entry("10.1.2.3", "private"), Map.entry("172.16.0.1", "private"),
                Map.entry("172.31.255.254", "private"), Map.entry("192.168.0.1", "private"),
                Map.entry("169.254.169.254", "link-local"), Map.entry("fe80::1", "link-local"),
                Map.entry("fd00:ec2::254", "unique local"), Map.entry("fc00::1", "unique local"),
                Map.entry("100.100.100.200", "shared"), Map.entry("100.64.0.1", "shared"),
                Map.entry("255.255.255.255", "broadcast"), Map.entry("224.0.0.1", "multicast"),
                Map.entry("ff02::1", "multicast"),
                Map.entry("::ffff:10.0.0.1", "private"), Map.entry("::127.0.0.1", "loopback"),
                Map.entry("64:ff9b::a9fe:a9fe", "link-local"));
        for (Map.Entry<String, String> address : inside.entrySet()) {
            assertThat(WebhookTargets.inside(InetAddress.getByName(address.getKey()))).as(address.getKey())
                    .hasValueSatisfying(why -> assertThat(why).contains(address.getValue()));
        }
        for (String address : new String[] {"114.114.114.114", "93.184.215.14", "100.128.0.1", "172.32.0.1",
                "2001:4860:4860::8888", "64:ff9b::808:808"}) {
            assertThat(WebhookTargets.inside(InetAddress.getByName(address))).as(address).isEmpty();
        }
    }

    @Test
    void a_public_https_url_is_called_at_its_checked_address_with_its_path_and_query() {
        WebhookTargets.Target target = targets(Set.of()).check("https://93.184.215.14:8443/hooks/a%20b?tenant=7");

        assertThat(target.https()).isTrue();
        assertThat(target.host()).isEqualTo("93.184.215.14");
        assertThat(target.port()).isEqualTo(8443);
        assertThat(target.requestUri()).isEqualTo("/hooks/a%20b?tenant=7");
        assertThat(target.address().getHostAddress()).isEqualTo("93.184.215.14");
        assertThat(targets(Set.of()).check("https://93.184.215.14").requestUri()).isEqualTo("/");
        assertThat(targets(Set.of()).check("https://93.184.215.14").port()).isEqualTo(443);
    }

    @Test
    void an_allow_listed_host_may_use_plain_http_and_an_internal_address_but_only_as_written() {
        WebhookTargets targets = targets(Set.of("127.0.0.1"));

        WebhookTargets.Target target = targets.check("http://127.0.0.1:8080/hooks");
        assertThat(target.https()).isFalse();
        assertThat(target.port()).isEqualTo(8080);
        assertThatThrownBy(() -> targets.check("http://localhost:8080/hooks"))
                .isInstanceOf(WebhookUrlRefusedException.class).hasMessageContaining("a loopback address");
        assertThatThrownBy(() -> targets.check("https://not a url/"))
                .isInstanceOf(WebhookUrlRefusedException.class).hasMessageContaining("is not a URL");
        assertThatThrownBy(() -> targets.check("/hooks"))
                .isInstanceOf(WebhookUrlRefusedException.class).hasMessageContaining("is not an https:// URL");
    }

    private static WebhookTargets targets(Set<String> allowedHosts) {
        return new WebhookTargets(new WebhookSettings() {
            @Override
            public Optional<Set<String>> allowedHosts() {
                return Optional.of(allowedHosts);
            }

            @Override
            public Duration connectTimeout() {
                return Duration.ofSeconds(5);
            }

            @Override
            public Duration readTimeout() {
                return Duration.ofSeconds(10);
            }

            @Override
            public Duration secretOverlap() {
                return Duration.ofHours(24);
            }
        });
    }
}
