package org.jointacceptance.notification.rest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.access.Caller;
import org.jointacceptance.access.Role;
import org.jointacceptance.notification.delivery.Delivery;
import org.jointacceptance.notification.delivery.DeliveryStatus;
import org.jointacceptance.notification.notice.Channel;
import org.jointacceptance.notification.webhook.WebhookSubscription;
import org.jointacceptance.problem.ProblemException;

/**
 * The coordinators' delivery log: every mail and webhook call, where it stands and why it failed, and the replay of
 * a dead one. Coordinators only: the log shows every recipient's addresses and notices.
 */
@Path("/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries")
@RolesAllowed(Role.COORDINATOR)
public class DeliveryResource {

    /**
     * The longest a filter read by {@link DeliveryFilter} may be: any value it takes is far shorter, and one it does
     * not take is refused by it, naming the filter.
     */
    private static final int FILTER = 64;

    private final Clock clock;
    private final Caller caller;
    private final Event<Delivery.Due> due;

    public DeliveryResource(Clock clock, Caller caller, Event<Delivery.Due> due) {
        this.clock = clock;
        this.caller = caller;
        this.due = due;
    }

    /** One delivery as the log shows it. */
    public record DeliveryView(UUID id, String eventId, String eventType, UUID applicationId, String recipient,
            String channel, String address, String language, String subject, String body, String messageId,
            DeliveryStatus status, int attempts, OffsetDateTime dueAt, OffsetDateTime lastAttemptAt, String lastError,
            OffsetDateTime createdAt, OffsetDateTime sentAt, String replayedBy, String replayReason,
            OffsetDateTime replayedAt) {

        static DeliveryView of(Delivery delivery) {
            return new DeliveryView(delivery.id, delivery.eventId, delivery.eventType, delivery.applicationId,
                    delivery.recipient, delivery.channel, delivery.address, delivery.language, delivery.subject,
                    delivery.body, delivery.messageId, delivery.status, delivery.attempts, delivery.dueAt,
                    delivery.lastAttemptAt, delivery.lastError, delivery.createdAt, delivery.sentAt,
                    delivery.replayedBy, delivery.replayReason, delivery.replayedAt);
        }
    }

    /** A coordinator sends a dead delivery again, saying why it should succeed now; its token says who it is. */
    public record Replay(
            @NotBlank @Size(max = 2000)
            @Schema(example = "The firm's mailbox was full; it has been emptied") String reason) {
    }

    @GET
    @Operation(summary = "The delivery log, newest first", description = "Filters combine.")
    @APIResponse(responseCode = "400", description = "A filter is malformed; errors name it")
    public List<DeliveryView> log(@QueryParam("applicationId") @Size(max = FILTER) String applicationId,
            @QueryParam("recipient") @Size(max = 128) @Parameter(description = "applicant:<credit code>, "
                    + "department:<code>, coordinator or supervisor") String recipient,
            @QueryParam("status") @Size(max = FILTER)
            @Parameter(description = "PENDING, SENDING, RETRYING, SENT or DEAD") String status,
            @QueryParam("channel") @Size(max = FILTER) @Parameter(description = "email or webhook") String channel,
            @QueryParam("page") @Size(max = FILTER) @Parameter(description = "From 0") String page,
            @QueryParam("size") @Size(max = FILTER)
            @Parameter(description = "From 1 to 200, 50 if not given") String size) {
        DeliveryFilter filter = DeliveryFilter.parse(applicationId, recipient, status, channel, page, size);
        Parameters parameters = new Parameters();
        String query = filter.query(parameters);
        return Delivery.<Delivery>find(query, Sort.descending("createdAt").and("id"), parameters)
                .page(Page.of(filter.page(), filter.size())).list().stream().map(DeliveryView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One delivery")
    @APIResponse(responseCode = "404", description = "No such delivery")
    public DeliveryView get(@PathParam("id") UUID id) {
        return DeliveryView.of(existing(id));
    }

    @POST
    @Path("/{id}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Send a dead delivery again",
            description = "It starts a fresh round of attempts, under the same Message-ID or Webhook-Id; who replayed "
                    + "it (the caller, as its token names it) and why stay on the delivery.")
    @APIResponse(responseCode = "404", description = "No such delivery")
    @APIResponse(responseCode = "409", description = "The delivery is not dead (delivery-not-dead), or its webhook "
            + "was deleted (webhook-deleted)")
    public DeliveryView replay(@PathParam("id") UUID id, @NotNull @Valid Replay replay) {
        Delivery delivery = existing(id);
        if (delivery.channel.equals(Channel.WEBHOOK.code())
                && WebhookSubscription.at(delivery.recipient, delivery.address) == null) {
            throw ProblemException.conflict("webhook-deleted", delivery.recipient, delivery.address, id);
        }
        delivery.replay(caller.name(), replay.reason(), OffsetDateTime.now(clock));
        due.fire(new Delivery.Due());
        return DeliveryView.of(delivery);
    }

    private static Delivery existing(UUID id) {
        Delivery delivery = Delivery.findById(id);
        if (delivery == null) {
            throw ProblemException.notFound("delivery", id);
        }
        return delivery;
    }
}
