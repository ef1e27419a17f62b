package org.jointacceptance.notification.rest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.notification.inbox.Notification;
import org.jointacceptance.problem.ProblemException;

/** A recipient's in-app inbox. */
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationResource {

    private final Clock clock;

    public NotificationResource(Clock clock) {
        this.clock = clock;
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

    @GET
    @Operation(summary = "A recipient's notifications, newest first",
            description = "Recipients are named applicant:<credit code>, department:<code>, coordinator, supervisor.")
    public List<NotificationView> list(@QueryParam("recipient") @NotBlank @Size(max = 128) String recipient,
            @QueryParam("applicationId") UUID applicationId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        String query = "recipient = :recipient" + (applicationId == null ? "" : " and applicationId = :applicationId");
        Parameters parameters = Parameters.with("recipient", recipient);
        if (applicationId != null) {
            parameters.and("applicationId", applicationId);
        }
        return Notification.<Notification>find(query, Sort.descending("createdAt"), parameters)
                .page(Page.of(page, size)).list().stream().map(NotificationView::of).toList();
    }

    @POST
    @Path("/{id}/read")
    @Transactional
    @Operation(summary = "Mark a notification as read")
    public NotificationView markRead(@PathParam("id") UUID id) {
        Notification notification = Notification.findById(id);
        if (notification == null) {
            throw ProblemException.notFound("Notification", id);
        }
        if (notification.readAt == null) {
            notification.readAt = OffsetDateTime.now(clock);
        }
        return NotificationView.of(notification);
    }
}
