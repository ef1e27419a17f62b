package org.jointacceptance.notification.rest;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.panache.common.Sort;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.access.Caller;
import org.jointacceptance.access.Role;
import org.jointacceptance.notification.notice.Recipient;
import org.jointacceptance.notification.notice.NoticeType;
import org.jointacceptance.notification.webhook.WebhookSubscription;
import org.jointacceptance.notification.webhook.WebhookSubscriptions;
import org.jointacceptance.problem.InvalidFields;
import org.jointacceptance.problem.ProblemException;

/**
 * The webhooks firms and departments register to receive their notices: registration and the secret's rotation (the
 * one time each secret is shown), the list, and deletion. An applicant registers for its firm, a lead for its department, as their tokens
 * name them ({@link CallerRecipient}), and each sees and deletes its own only; coordinators see every webhook.
 */
@Path("/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhookResource {

    private final WebhookSubscriptions subscriptions;
    private final CallerRecipient owner;
    private final Caller caller;

    public WebhookResource(WebhookSubscriptions subscriptions, CallerRecipient owner, Caller caller) {
        this.subscriptions = subscriptions;
        this.owner = owner;
        this.caller = caller;
    }

    /** A webhook to register, for the caller's firm or department. */
    public record Registration(
            @NotBlank @Size(max = 2000) @Schema(example = "https://erp.haiwan.example/hooks/joint-acceptance") String url,
            @Size(max = 20) @Schema(description = "The event types to receive; all when none are named",
                    example = "[\"SectionDecided\", \"OpinionIssued\"]") List<@Size(max = 64) String> eventTypes) {
    }

    /** A registered webhook, without its secret. */
    public record WebhookView(UUID id, String recipient, String url, List<String> eventTypes,
            OffsetDateTime createdAt) {

        static WebhookView of(WebhookSubscription subscription) {
            return new WebhookView(subscription.id, subscription.recipient, subscription.url,
                    subscription.eventTypeList(), subscription.createdAt);
        }
    }

    /** A webhook just registered, with the secret its calls are signed with: shown this once. */
    public record RegisteredWebhook(UUID id, String recipient, String url, List<String> eventTypes,
            OffsetDateTime createdAt, String secret) {
    }

    /** A webhook's new secret, shown this once, and until when the secrets it replaces still sign. */
    public record NewSecret(UUID id, String secret, OffsetDateTime previousSecretsSignUntil) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.APPLICANT, Role.LEAD })
    @Operation(summary = "Register a webhook for the caller's firm or department",
            description = "The URL must use HTTPS and resolve to public addresses only. The answer carries the "
                    + "secret (whsec_...) every call is signed with as Standard Webhooks define it (webhook-id, "
                    + "webhook-timestamp, webhook-signature); it is never shown again.")
    @APIResponse(responseCode = "201", description = "Registered; the secret is in the answer")
    @APIResponse(responseCode = "400", description = "No URL, or an event type that is not told to anyone")
    @APIResponse(responseCode = "409", description = "The firm or department registered this URL already "
            + "(webhook-already-registered)")
    @APIResponse(responseCode = "422", description = "The URL is refused, with the reason: not HTTPS, or a host "
            + "inside the network (webhook-url-refused)")
    public Response register(@NotNull @Valid Registration registration) {
        List<String> eventTypes = registration.eventTypes() == null ? List.of() : registration.eventTypes();
        checkEventTypes(eventTypes);
        WebhookSubscriptions.Registered registered = subscriptions.register(owner.name(), registration.url().trim(),
                eventTypes.stream().distinct().toList());
        WebhookSubscription subscription = registered.webhook();
        return Response.created(URI.create("/webhooks/" + subscription.id)).entity(new RegisteredWebhook(
                subscription.id, subscription.recipient, subscription.url, subscription.eventTypeList(),
                subscription.createdAt, registered.secret())).build();
    }

    @POST
    @Path("/{id}/secret")
    @RolesAllowed({ Role.APPLICANT, Role.LEAD })
    @Operation(summary = "Give one of the caller's webhooks a new secret",
            description = "The answer carries the new secret, shown this once. Calls are signed with it from now "
                    + "on, and also with the secrets it replaces until previousSecretsSignUntil (the overlap, 24 hours "
                    + "unless configured otherwise): webhook-signature then holds one signature per secret, separated "
                    + "by spaces, so that the receiver can change over to the new secret meanwhile.")
    @APIResponse(responseCode = "200", description = "The new secret")
    @APIResponse(responseCode = "404", description = "No such webhook among the caller's")
    public NewSecret rotateSecret(@PathParam("id") UUID id) {
        WebhookSubscriptions.Rotated rotated = subscriptions.rotateSecret(id, owner.name());
        return new NewSecret(id, rotated.secret(), rotated.previousSecretsSignUntil());
    }

    @GET
    @RolesAllowed({ Role.APPLICANT, Role.LEAD, Role.COORDINATOR })
    @Operation(summary = "The webhooks registered, oldest first; secrets are never shown",
            description = "An applicant's or lead's own; a coordinator's: every webhook, or one recipient's.")
    @APIResponse(responseCode = "400", description = "Not a recipient's name")
    public List<WebhookView> list(@QueryParam("recipient") @Pattern(regexp = Recipient.NAME_PATTERN)
            @Parameter(description = "Coordinators only: only this recipient's") String recipient) {
        List<WebhookSubscription> found;
        if (!caller.is(Role.COORDINATOR)) {
            found = WebhookSubscription.of(owner.name());
        } else if (recipient == null) {
            found = WebhookSubscription.findAll(Sort.by("createdAt").and("id")).list();
        } else {
            found = WebhookSubscription.of(recipient);
        }
        return found.stream().map(WebhookView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.APPLICANT, Role.LEAD, Role.COORDINATOR })
    @Operation(summary = "One webhook, without its secret",
            description = "An applicant or lead sees its own only; a coordinator sees any.")
    @APIResponse(responseCode = "404", description = "No such webhook among those the caller sees")
    public WebhookView get(@PathParam("id") UUID id) {
        WebhookSubscription subscription = WebhookSubscription.findById(id);
        if (subscription == null || !caller.is(Role.COORDINATOR) && !subscription.recipient.equals(owner.name())) {
            throw ProblemException.notFound("webhook", id);
        }
        return WebhookView.of(subscription);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Role.APPLICANT, Role.LEAD })
    @Operation(summary = "Delete one of the caller's webhooks",
            description = "It is called no more; its deliveries still under way are dead, with the reason, and "
                    + "cannot be replayed.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such webhook among the caller's")
    public void delete(@PathParam("id") UUID id) {
        subscriptions.delete(id, owner.name());
    }

    private static void checkEventTypes(List<String> eventTypes) {
        InvalidFields fields = new InvalidFields();
        String notices = String.join(", ", Arrays.stream(NoticeType.values()).map(NoticeType::eventType).toList());
        for (int i = 0; i < eventTypes.size(); i++) {
            fields.read("eventTypes[" + i + "]", String.valueOf(eventTypes.get(i)), type -> NoticeType.ofEventType(type)
                    .orElseThrow(IllegalArgumentException::new), "field.not-a-notice", notices);
        }
        fields.refuseAny();
    }
}
