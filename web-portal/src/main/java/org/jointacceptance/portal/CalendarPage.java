package org.jointacceptance.portal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The working-day calendar, for coordinators and supervisors: the years loaded, by whom and when, each with its holidays
 * and make-up workdays; the year whose notice is awaited and how many running applications count on provisional
 * dates until it is loaded. A coordinator pastes the State Council's notice as published, previews what it reads to
 * and which dates of running applications it moves, and loads exactly that (acceptance-service audits the load).
 */
@Path("/calendar")
@RolesAllowed({ "coordinator", "lead-center", "supervisor" })
@Produces(MediaType.TEXT_HTML)
public class CalendarPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendar(Years years, Notice notice, String loaded, String problem);
    }

    private final AcceptanceService acceptance;
    private final PageContext page;
    private final SecurityIdentity identity;

    CalendarPage(@RestClient AcceptanceService acceptance, PageContext page, SecurityIdentity identity) {
        this.acceptance = acceptance;
        this.page = page;
        this.identity = identity;
    }

    /** The calendar; {@code loaded} names the year just loaded and {@code moved} the dates that moved with it. */
    @GET
    public TemplateInstance calendar(@QueryParam("loaded") Integer loaded, @QueryParam("moved") Integer moved) {
        Years years = years();
        String done = years.latestFirst().stream().filter(year -> loaded != null && year.year() == loaded).findFirst()
                .map(year -> page.messages().noticeLoaded(year.year(), year.version(), moved == null ? 0 : moved))
                .orElse(null);
        return page.render(Templates.calendar(years, Notice.blank(years.next()), done, null));
    }

    /** What the notice pasted reads to, and the dates it would move; nothing is loaded. */
    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response preview(@RestForm Integer year, @RestForm String notice) {
        if (year == null || notice == null || notice.isBlank()) {
            return again(new Notice(year == null ? years().next() : year, notice == null ? "" : notice, null),
                    page.messages().pasteNotice());
        }
        Notice pasted = new Notice(year, notice, null);
        try {
            return Response.ok(page.render(Templates.calendar(years(), pasted.read(acceptance.previewNotice(year,
                    notice)), null, null)).render()).build();
        } catch (WebApplicationException refusal) {
            return again(pasted, ServiceProblem.of(refusal).detail());
        }
    }

    /** Loads the notice previewed, with the preview's confirmation, and shows the calendar with the year loaded. */
    @POST
    @Path("/load")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response load(@RestForm int year, @RestForm String notice, @RestForm String confirmation,
            @RestForm String reason) {
        try {
            AcceptanceService.Loaded loaded = acceptance.loadNotice(year, confirmation,
                    reason == null || reason.isBlank() ? null : reason.strip(), notice);
            return Response.seeOther(URI.create("/calendar?loaded=" + year + "&moved=" + loaded.dueDatesMoved()))
                    .build();
        } catch (WebApplicationException refusal) {
            return again(new Notice(year, notice == null ? "" : notice, null), ServiceProblem.of(refusal).detail());
        }
    }

    private Response again(Notice notice, String problem) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                .entity(page.render(Templates.calendar(years(), notice, null, problem)).render()).build();
    }

    private Years years() {
        AcceptanceService.Calendar calendar = acceptance.calendar();
        List<AcceptanceService.LoadedYear> latestFirst = new ArrayList<>(calendar.years());
        latestFirst.sort(Comparator.comparingInt(AcceptanceService.LoadedYear::year).reversed());
        Map<Integer, AcceptanceService.Arrangement> arrangements = new HashMap<>();
        for (AcceptanceService.LoadedYear year : latestFirst) {
            arrangements.put(year.year(), acceptance.arrangement(year.year()));
        }
        return new Years(calendar, latestFirst, arrangements, identity.hasRole("coordinator"));
    }

    /** The calendar's years, latest first, each with its arrangement; whether the reader may load a notice. */
    public record Years(AcceptanceService.Calendar calendar, List<AcceptanceService.LoadedYear> latestFirst,
            Map<Integer, AcceptanceService.Arrangement> arrangements, boolean mayLoad) {

        public AcceptanceService.Arrangement of(int year) {
            return arrangements.get(year);
        }

        /** The year a coordinator most likely loads: the one awaited, else the one after the last loaded. */
        int next() {
            return calendar.awaited() != null ? calendar.awaited().year()
                    : latestFirst.isEmpty() ? 0 : latestFirst.get(0).year() + 1;
        }
    }

    /** A notice pasted for a year, and what it reads to once previewed (null before). */
    public record Notice(int year, String text, AcceptanceService.NoticePreview preview) {

        static Notice blank(int year) {
            return new Notice(year, "", null);
        }

        Notice read(AcceptanceService.NoticePreview preview) {
            return new Notice(year, text, preview);
        }
    }
}
