package org.jointacceptance.portal;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The coordinators' board: every open application, key projects first, then the most urgent, with its traffic light,
 * the working days left or past, why its clock is paused, and the departments or the firm it waits for; filtered by
 * district, department, status or overdue. acceptance-service decides who may see it (coordinators and supervisors).
 */
@Path("/board")
@RolesAllowed({ "coordinator", "lead-center", "supervisor" })
@Produces(MediaType.TEXT_HTML)
public class BoardPage {

    /** The departments a filter may name, in the order the pages list them. */
    static final List<String> DEPARTMENTS = List.of("quality", "planning", "land", "fire", "civil-air-defense",
            "meteorology", "archives");
    /** The statuses a filter may name: an application's open ones. */
    static final List<String> STATUSES = List.of("AWAITING_REVIEW", "IN_INSPECTION", "RECTIFICATION_REQUIRED",
            "CORRECTION_REQUIRED");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(List<AcceptanceService.ApplicationLine> applications, Filter filter);
    }

    private final AcceptanceService acceptance;
    private final PageContext page;

    BoardPage(@RestClient AcceptanceService acceptance, PageContext page) {
        this.acceptance = acceptance;
        this.page = page;
    }

    @GET
    public TemplateInstance board(@QueryParam("district") String district, @QueryParam("department") String department,
            @QueryParam("status") String status, @QueryParam("overdue") String overdue) {
        Filter filter = new Filter(district == null || !district.strip().matches("[0-9]{6}") ? "" : district.strip(),
                department != null && DEPARTMENTS.contains(department) ? department : "",
                status != null && STATUSES.contains(status) ? status : "",
                "true".equals(overdue));
        List<AcceptanceService.ApplicationLine> applications = acceptance.board(blankToNull(filter.status()),
                blankToNull(filter.district()), blankToNull(filter.department()), filter.overdue(), 200).stream()
                .filter(application -> !filter.status().isEmpty() || STATUSES.contains(application.status()))
                .toList();
        return page.render(Templates.board(applications, filter));
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** What the board is filtered by; empty when not. */
    public record Filter(String district, String department, String status, boolean overdue) {

        public List<String> departments() {
            return DEPARTMENTS;
        }

        public List<String> statuses() {
            return STATUSES;
        }
    }
}
