package org.jointacceptance.access;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reads this service's audit log, newest first. There is no way to change it. */
@Path("/audit")
@Tag(name = "Audit")
@RolesAllowed({ Role.COORDINATOR, Role.SUPERVISOR })
public class AuditResource {

    /** One audit entry as read. */
    public record AuditView(long id, OffsetDateTime at, String actor, String action, String detail) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The audit log", description = "Overrides, terminations, reopenings, calendar changes, "
            + "refused requests and unverifiable tokens, newest first; 'before' pages back from an entry's id.")
    @APIResponse(responseCode = "200", description = "The entries")
    @APIResponse(responseCode = "400", description = "An unknown filter")
    public List<AuditView> list(@QueryParam("action") @Pattern(regexp = "^[A-Z_]{1,64}$") String action,
            @QueryParam("before") @Min(1) Long before,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (action != null) {
            query.append(" and action = :action");
            parameters.and("action", action);
        }
        if (before != null) {
            query.append(" and id < :before");
            parameters.and("before", before);
        }
        return AuditEntry.<AuditEntry>find(query.toString(), Sort.descending("id"), parameters).page(0, limit).list()
                .stream().map(entry -> new AuditView(entry.id, entry.at, entry.actor, entry.action, entry.detail))
                .toList();
    }
}
