package org.jointacceptance.notification.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Decides whether a webhook's URL may be called, and where: at registration, and again at every call, since what a
 * name resolves to can change. A URL must use HTTPS and its host must resolve to public addresses only: never
 * loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16, where cloud metadata services
 * answer, and fe80::/10), shared (100.64/10, where Alibaba Cloud's metadata service answers), unspecified or multicast,
 * so that a subscriber cannot make this service reach into its own network (server-side request forgery). Hosts on
 * the allow-list ({@code notification.webhooks.allowed-hosts}, matched as written in the URL) are exempt from both
 * rules. The call connects to the address checked here, not to a second resolution of the name, so a name that
 * changes its answer between the check and the call (DNS rebinding) cannot slip through.
 */
@ApplicationScoped
public class WebhookTargets {

    private final Set<String> allowedHosts;

    public WebhookTargets(WebhookSettings settings) {
        this.allowedHosts = settings.allowedHosts().orElse(Set.of());
    }

    /**
     * Where one call goes: the host (for the Host header and the TLS server name), the port, the path and query, and
     * the checked address to connect to.
     */
    public record Target(String host, int port, boolean https, String requestUri, InetAddress address) {
    }

    /** The target of {@code url}; refused with the reason when this service must not call it. */
    public Target check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new WebhookUrlRefusedException("not-a-url", url, e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new WebhookUrlRefusedException("not-https", url);
        }
        if (uri.getHost() == null) {
            throw new WebhookUrlRefusedException("no-host", url);
        }
        if (uri.getRawUserInfo() != null) {
            throw new WebhookUrlRefusedException("user-info");
        }
        String host = uri.getHost().replaceAll("^\\[|]$", "").toLowerCase(Locale.ROOT);
        boolean https = scheme.equals("https");
        boolean allowListed = allowedHosts.contains(host);
        InetAddress[] addresses = resolve(host);
        if (!allowListed) {
            for (InetAddress address : addresses) {
                Optional<String> inside = inside(address);
                if (inside.isPresent()) {
                    throw new WebhookUrlRefusedException("inside", host, address.getHostAddress(), inside.get());
                }
            }
            if (!https) {
                throw new WebhookUrlRefusedException("plain-http");
            }
        }
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return new Target(host, port, https, uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery(),
                addresses[0]);
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new WebhookUrlRefusedException("unresolved", host);
        }
    }

    /** What kind of address inside a network {@code address} is; empty for a public one. */
    static Optional<String> inside(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return Optional.of("the unspecified address");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address (where cloud metadata services answer)");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("a private address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return Optional.of("a unique local IPv6 address (fc00::/7)");
            }
            if (embedsIpv4(bytes)) {
                return inside(ipv4(Arrays.copyOfRange(bytes, 12, 16)));
            }
            return Optional.empty();
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        if (first == 0) {
            return Optional.of("an address of 'this network' (0.0.0.0/8)");
        }
        if (first == 100 && second >= 64 && second < 128) {
            return Optional.of("a shared address (100.64.0.0/10, where Alibaba Cloud's metadata service answers)");
        }
        if (first == 255 && second == 255 && (bytes[2] & bytes[3] & 0xff) == 0xff) {
            return Optional.of("the broadcast address");
        }
        return Optional.empty();
    }

    /** An IPv4-compatible address (::a.b.c.d) or one translated by NAT64 (64:ff9b::a.b.c.d). */
    private static boolean embedsIpv4(byte[] ipv6) {
        boolean nat64 = ipv6[0] == 0x00 && ipv6[1] == 0x64 && (ipv6[2] & 0xff) == 0xff && (ipv6[3] & 0xff) == 0x9b;
        for (int i = nat64 ? 4 : 0; i < 12; i++) {
            if (ipv6[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
