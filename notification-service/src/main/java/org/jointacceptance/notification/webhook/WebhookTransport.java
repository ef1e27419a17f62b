package org.jointacceptance.notification.webhook;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import org.jointacceptance.notification.delivery.Claim;
import org.jointacceptance.notification.delivery.Transport;
import org.jointacceptance.notification.notice.Channel;

/**
 * Calls a webhook with one delivery: a POST of the recorded JSON, signed with every secret that signs now
 * ({@link WebhookSignature}), to the address
 * {@link WebhookTargets} checked for this very call. A 2xx answer takes the delivery; any other answer, a redirect
 * included (never followed), a refused URL, a connection that fails or a webhook silent for longer than the read
 * timeout fails the attempt. Each call has a connection of its own, so none is reused past its check.
 */
@ApplicationScoped
public class WebhookTransport implements Transport {

    private static final String USER_AGENT = "joint-acceptance-notification-service";
    /**
     * A receiver compares {@code webhook-timestamp} with its own clock (the Standard Webhooks libraries allow five
     * minutes either way), so the timestamp is the wall clock's, even where the service's clock runs from
     * {@code clock.start}; which secrets sign is the service's clock's to say.
     */
    private static final Clock RECEIVERS_CLOCK = Clock.systemUTC();

    private final WebhookTargets targets;
    private final WebhookSettings settings;
    private final Clock clock;
    private final HttpClient client;

    public WebhookTransport(Vertx vertx, WebhookTargets targets, WebhookSettings settings, Clock clock) {
        this.targets = targets;
        this.settings = settings;
        this.clock = clock;
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false).setVerifyHost(true));
    }

    @PreDestroy
    void close() {
        client.closeAndForget();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    /** Always on: nothing is recorded for a recipient who registered no webhook. */
    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public Uni<Void> send(Claim claim) {
        return Uni.createFrom().item(() -> call(claim))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(client::request)
                .chain(request -> request.send(claim.body()))
                .chain(response -> response.end().replaceWith(response.statusCode()))
                .chain(status -> status >= 200 && status < 300 ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new IllegalStateException("the webhook answered HTTP " + status)));
    }

    /** The signed request of one attempt, to the address checked now (blocking: a database read and a DNS lookup). */
    private RequestOptions call(Claim claim) {
        List<byte[]> keys = QuarkusTransaction.requiringNew().call(() -> {
            WebhookSubscription webhook = WebhookSubscription.at(claim.recipient(), claim.address());
            return webhook == null ? List.<byte[]>of() : WebhookSecret.signing(webhook.id, OffsetDateTime.now(clock))
                    .stream().map(WebhookSecret::key).toList();
        });
        if (keys.isEmpty()) {
            throw new IllegalStateException("the webhook is no longer registered");
        }
        WebhookTargets.Target target = targets.check(claim.address());
        long timestamp = RECEIVERS_CLOCK.instant().getEpochSecond();
        return new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port())))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.requestUri())
                .setFollowRedirects(false)
                .setConnectTimeout(settings.connectTimeout().toMillis())
                .setIdleTimeout(settings.readTimeout().toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", USER_AGENT)
                .putHeader("webhook-id", claim.messageId())
                .putHeader("webhook-timestamp", String.valueOf(timestamp))
                .putHeader("webhook-signature", WebhookSignature.of(keys, claim.messageId(), timestamp, claim.body()));
    }
}
