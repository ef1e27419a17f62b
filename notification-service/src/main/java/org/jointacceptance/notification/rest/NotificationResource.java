package org.jointacceptance.notification.rest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.access.Role;
import org.jointacceptance.notification.inbox.Notification;
import org.jointacceptance.notification.inbox.NotificationFeed;
import org.jointacceptance.problem.ProblemException;

/**
 * The caller's in-app inbox: the notifications, how many are unread, and a live stream for dashboards. Whoever signs
 * in reads its own inbox only, the recipient its token makes it ({@link CallerRecipient}).
 */
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
@RolesAllowed({ Role.APPLICANT, Role.INSPECTOR, Role.LEAD, Role.COORDINATOR, Role.LEAD_CENTER,
        Role.SUPERVISOR })
public class NotificationResource {

    private final Clock clock;
    private final NotificationFeed feed;
    private final CallerRecipient caller;

    public NotificationResource(Clock clock, NotificationFeed feed, CallerRecipient caller) {
        this.clock = clock;
        this.feed = feed;
        this.caller = caller;
    }

    /** One notification as its recipient sees it. */
    public record NotificationView(UUID id, String recipient, String channel, String eventType, UUID applicationId,
            String subject, String body, OffsetDateTime createdAt, OffsetDateTime readAt) {

        static NotificationView of(Notification notification) {
            return new NotificationView(notification.id, notification.recipient, notification.channel,
                    notification.eventType, notification.applicationId, notification.subject, notification.body,
                    notification.createdAt, notification.readAt);
        }
    }

    /** How many of the caller's notifications are unread. */
    public record UnreadCount(String recipient, long unread) {
    }

    @GET
    @Operation(summary = "The caller's notifications, newest first",
            description = "An applicant's are its firm's, an inspector's or lead's its department's.")
    @APIResponse(responseCode = "400", description = "A bad page")
    public List<NotificationView> list(@QueryParam("applicationId") UUID applicationId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        String query = "recipient = :recipient" + (applicationId == null ? "" : " and applicationId = :applicationId");
        Parameters parameters = Parameters.with("recipient", caller.name());
        if (applicationId != null) {
            parameters.and("applicationId", applicationId);
        }
        return Notification.<Notification>find(query, Sort.descending("createdAt"), parameters)
                .page(Page.of(page, size)).list().stream().map(NotificationView::of).toList();
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "How many of the caller's notifications are unread")
    public UnreadCount unreadCount() {
        String recipient = caller.name();
        return new UnreadCount(recipient, Notification.unread(recipient));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(summary = "The caller's new notifications, live (Server-Sent Events)",
            description = "Each notification is pushed once it is committed, as an event named 'notification' whose "
                    + "id is the notification's id and whose data is the notification as JSON. A client that "
                    + "reconnects with the Last-Event-ID header first gets every notification of the caller after "
                    + "that one, oldest first, then the live ones.")
    @Parameter(name = StreamTokenParameter.NAME, in = ParameterIn.QUERY, description = "The bearer token, for "
            + "clients that cannot send the Authorization header (a browser's EventSource); this endpoint only")
    @APIResponse(responseCode = "400", description = "A Last-Event-ID that is not one of the caller's notifications")
    public Multi<OutboundSseEvent> stream(@HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        String recipient = caller.name();
        Notification last = lastEventId == null ? null : lastSeen(recipient, lastEventId);
        NotificationFeed.Follower follower = feed.follow(recipient);
        try {
            List<Notification> missed = last == null ? List.of() : Notification.list("""
                    recipient = :recipient and (createdAt > :at or (createdAt = :at and id > :id))
                    order by createdAt, id""",
                    Parameters.with("recipient", recipient).and("at", last.createdAt).and("id", last.id));
            Set<UUID> replayed = missed.stream().map(notification -> notification.id).collect(Collectors.toSet());
            return Multi.createBy().concatenating().streams(Multi.createFrom().iterable(missed),
                    follower.notifications().select().where(notification -> !replayed.contains(notification.id)))
                    .map(notification -> sse.newEventBuilder().id(notification.id.toString()).name("notification")
                            .mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(NotificationView.class, NotificationView.of(notification)).build());
        } catch (RuntimeException e) {
            follower.stop();
            throw e;
        }
    }

    @POST
    @Path("/{id}/read")
    @Transactional
    @Operation(summary = "Mark one of the caller's notifications as read")
    @APIResponse(responseCode = "404", description = "No such notification among the caller's")
    public NotificationView markRead(@PathParam("id") UUID id) {
        Notification notification = Notification.findById(id);
        if (notification == null || !notification.recipient.equals(caller.name())) {
            throw ProblemException.notFound("notification", id);
        }
        if (notification.readAt == null) {
            notification.readAt = OffsetDateTime.now(clock);
        }
        return NotificationView.of(notification);
    }

    /** The notification a resuming client saw last; it must be one of the caller's. */
    private static Notification lastSeen(String recipient, String lastEventId) {
        Notification last = null;
        try {
            last = Notification.findById(UUID.fromString(lastEventId.trim()));
        } catch (IllegalArgumentException e) {
            // not a notification's id: refused below
        }
        if (last == null || !last.recipient.equals(recipient)) {
            throw ProblemException.worded("validation", "validation.last-event-id", 400, lastEventId)
                    .withError("Last-Event-ID", "field.last-event-id");
        }
        return last;
    }
}
