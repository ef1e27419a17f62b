package org.jointacceptance.portal;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jointacceptance.portal.ApplicationPage.PageProblems;
import org.jointacceptance.portal.DepartmentService.Checklist;
import org.jointacceptance.portal.DepartmentService.Inspection;

/**
 * An inspector's work, phone first: the department's inbox by urgency, and one inspection: its site visit booked on a
 * working day (or moved, with the reason), its special procedures opened and closed with theirs, and its checklist at
 * the site, each item marked pass, fail or not applicable, a failure with its finding and a photo taken with the
 * phone, then the result. The department-service of the inspector's department decides what they may see and do.
 */
@Path("/inspections")
@RolesAllowed("inspector")
@Produces(MediaType.TEXT_HTML)
public class InspectionsPage {

    /** The most marks a department takes in one request. */
    private static final int MARKS_AT_ONCE = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(String department, List<Inspection> inspections);

        static native TemplateInstance inspection(String department, Inspection inspection, Checklist checklist,
                DepartmentService.Procedures procedures, List<String> inspectors, PageProblems problems);
    }

    private final DepartmentServices departments;
    private final SecurityIdentity identity;
    private final PageContext page;

    InspectionsPage(DepartmentServices departments, SecurityIdentity identity, PageContext page) {
        this.departments = departments;
        this.identity = identity;
        this.page = page;
    }

    /** The open inspections of the inspector's department, key projects first, then the most urgent. */
    @GET
    public TemplateInstance inbox() {
        return page.render(Templates.inbox(department(), open()));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance one(@PathParam("id") UUID id) {
        return show(id, PageProblems.NONE);
    }

    @POST
    @Path("/{id}/claim")
    public Response claim(@PathParam("id") UUID id) {
        service().claim(id);
        return backTo(id, "");
    }

    /** A lead gives the inspection to an inspector, or hands it over (also after its result, for a correction). */
    @POST
    @Path("/{id}/assignment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("lead")
    public Response assign(@PathParam("id") UUID id, @RestForm String inspector) {
        if (inspector == null || inspector.isBlank()) {
            return again(id, Map.of("assignment", page.messages().nameAnInspector()));
        }
        try {
            service().assign(id, new DepartmentService.Assignment(inspector.strip()));
        } catch (WebApplicationException refusal) {
            return again(id, Map.of("assignment", ServiceProblem.of(refusal).said()));
        }
        return backTo(id, "assignment");
    }

    /**
     * Marks one item: its mark and note, and for a failure the finding, with the photo just taken (stored first as
     * the inspection's evidence) added to those the finding already has. The same marking sent again (a phone's queue
     * whose answer was lost) changes nothing: the same mark, the same photo once.
     */
    @POST
    @Path("/{id}/items/{code}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response mark(@PathParam("id") UUID id, @PathParam("code") String code, @RestForm String mark,
            @RestForm String note, @RestForm String description, @RestForm String severity,
            @RestForm String rectifiable, @RestForm String requiredAction, @RestForm("photo") FileUpload photo) {
        String field = "item-" + code;
        if (mark == null || mark.isBlank()) {
            return again(id, Map.of(field, page.messages().chooseMark()));
        }
        try {
            DepartmentService.FindingRequest finding = null;
            if ("FAIL".equals(mark)) {
                List<String> evidence = new ArrayList<>(earlierEvidence(id, code));
                if (photo != null && photo.fileName() != null && !photo.fileName().isEmpty() && photo.size() > 0) {
                    String sha256 = service().upload(id, ClientMultipartForm.create().binaryFileUpload("file",
                            photo.fileName(), photo.uploadedFile().toString(), photo.contentType())).sha256();
                    if (!evidence.contains(sha256)) {
                        evidence.add(sha256);
                    }
                }
                finding = new DepartmentService.FindingRequest(blankToNull(description),
                        severity == null || severity.isBlank() ? "MAJOR" : severity, rectifiable != null,
                        blankToNull(requiredAction), evidence);
            }
            service().mark(id, code, new DepartmentService.Marking(mark, blankToNull(note), finding));
        } catch (WebApplicationException refusal) {
            ServiceProblem problem = ServiceProblem.of(refusal);
            Map<String, String> fields = new LinkedHashMap<>();
            problem.byField().forEach((name, message) -> fields.put(field + "-" + name, message));
            fields.put(field, fields.isEmpty() ? problem.detail() : page.messages().seeBelow());
            return again(id, fields);
        }
        return backTo(id, "item-" + code);
    }

    /**
     * Marks several items, passed or not applicable, each {@code code} with its {@code mark} and {@code note} in the
     * same place of their lists: what a phone kept without signal, sent at once. Should the department refuse them
     * together, each is marked alone, so that the others are kept and the refused one says why.
     */
    @POST
    @Path("/{id}/items")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markAll(@PathParam("id") UUID id, @RestForm List<String> code, @RestForm List<String> mark,
            @RestForm List<String> note) {
        if (code == null || mark == null || note == null || code.isEmpty() || code.size() > MARKS_AT_ONCE
                || mark.size() != code.size() || note.size() != code.size()) {
            throw new WebApplicationException(400);
        }
        Map<String, DepartmentService.Marking> marks = new LinkedHashMap<>();
        for (int i = 0; i < code.size(); i++) {
            marks.put(code.get(i), new DepartmentService.Marking(blankToNull(mark.get(i)), blankToNull(note.get(i)),
                    null));
        }
        try {
            service().markAll(id, new DepartmentService.Marks(marks));
        } catch (WebApplicationException refusedTogether) {
            Map<String, String> problems = new LinkedHashMap<>();
            marks.forEach((item, marking) -> {
                try {
                    service().mark(id, item, marking);
                } catch (WebApplicationException refusal) {
                    problems.put("item-" + item, ServiceProblem.of(refusal).said());
                }
            });
            if (!problems.isEmpty()) {
                return again(id, problems);
            }
        }
        return backTo(id, "item-" + code.get(code.size() - 1));
    }

    /** Books the site visit on a day and time, or moves it: a reason is asked for a move and past the due date. */
    @POST
    @Path("/{id}/visit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response visit(@PathParam("id") UUID id, @RestForm String date, @RestForm String time,
            @RestForm String reason) {
        LocalDate day = day(date);
        if (day == null) {
            return again(id, Map.of("visit", page.messages().chooseDayAndTime()));
        }
        try {
            service().scheduleVisit(id, new DepartmentService.VisitRequest(day, time, blankToNull(reason)));
        } catch (WebApplicationException refusal) {
            return again(id, Map.of("visit", ServiceProblem.of(refusal).said()));
        }
        return backTo(id, "visit");
    }

    /** Confirms the joint site visit the lead center proposed. */
    @POST
    @Path("/{id}/joint-visit/confirmation")
    public Response confirmJointVisit(@PathParam("id") UUID id) {
        return answerJointVisit(id, () -> service().confirmJointVisit(id));
    }

    /** Asks the lead center for another slot for the joint site visit, saying why. */
    @POST
    @Path("/{id}/joint-visit/other-slot")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response askOtherSlot(@PathParam("id") UUID id, @RestForm String date, @RestForm String time,
            @RestForm String reason) {
        LocalDate day = day(date);
        if (day == null) {
            return again(id, Map.of("joint-visit", page.messages().chooseDayAndTime()));
        }
        return answerJointVisit(id, () -> service().askOtherSlot(id,
                new DepartmentService.VisitRequest(day, time, blankToNull(reason))));
    }

    private Response answerJointVisit(UUID id, Runnable answer) {
        try {
            answer.run();
        } catch (WebApplicationException refusal) {
            return again(id, Map.of("joint-visit", ServiceProblem.of(refusal).said()));
        }
        return backTo(id, "joint-visit");
    }

    /** The day a form gives, yyyy-MM-dd; null when it gives none that can be read. */
    private static LocalDate day(String date) {
        try {
            return LocalDate.parse(date == null ? "" : date);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /** Opens a special procedure with its reason and expected working days: the department's clock stops. */
    @POST
    @Path("/{id}/procedures")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response openProcedure(@PathParam("id") UUID id, @RestForm String kind, @RestForm String reason,
            @RestForm Integer expectedWorkingDays) {
        try {
            service().openProcedure(id, new DepartmentService.ProcedureRequest(kind, blankToNull(reason),
                    expectedWorkingDays));
        } catch (WebApplicationException refusal) {
            return again(id, Map.of("procedure", ServiceProblem.of(refusal).said()));
        }
        return backTo(id, "procedures");
    }

    /** Closes a special procedure with its outcome: the clock runs again. */
    @POST
    @Path("/{id}/procedures/{procedureId}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response closeProcedure(@PathParam("id") UUID id, @PathParam("procedureId") UUID procedureId,
            @RestForm String outcome) {
        try {
            service().closeProcedure(id, procedureId, new DepartmentService.Closing(blankToNull(outcome)));
        } catch (WebApplicationException refusal) {
            return again(id, Map.of("procedure", ServiceProblem.of(refusal).said()));
        }
        return backTo(id, "procedures");
    }

    /** Answers the lead center's question about the result, standing by it. */
    @POST
    @Path("/{id}/question-answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answerQuestion(@PathParam("id") UUID id, @RestForm String answer) {
        try {
            service().answerQuestion(id, new DepartmentService.QuestionAnswer(blankToNull(answer)));
        } catch (WebApplicationException refusal) {
            return again(id, Map.of("question", ServiceProblem.of(refusal).said()));
        }
        return backTo(id, "result");
    }

    /**
     * Concludes the inspection with the verdict its checklist gives. Sent again once it is concluded (a phone's queue
     * whose answer was lost), it shows the concluded inspection.
     */
    @POST
    @Path("/{id}/result")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") UUID id, @RestForm String remark) {
        try {
            service().submit(id, new DepartmentService.Result(null, blankToNull(remark)));
        } catch (WebApplicationException refusal) {
            if (refusal.getResponse().getStatus() == 409 && !service().inspection(id).open()) {
                return backTo(id, "result");
            }
            return again(id, Map.of("result", ServiceProblem.of(refusal).detail()));
        }
        return backTo(id, "result");
    }

    private TemplateInstance show(UUID id, PageProblems problems) {
        return page.render(Templates.inspection(department(), service().inspection(id), service().checklist(id),
                new DepartmentService.Procedures(service().procedures(id)), page.lead() ? inspectors() : List.of(),
                problems));
    }

    /**
     * The department's open inspections, and those whose result the lead center asked about: key projects first,
     * then the most urgent.
     */
    private List<Inspection> open() {
        List<Inspection> open = new ArrayList<>(service().inbox("PENDING", 200));
        open.addAll(service().inbox("SCHEDULED", 200));
        service().inbox("SUBMITTED", 200).stream().filter(inspection -> inspection.leadQuestion() != null)
                .forEach(open::add);
        open.sort(Inspection.URGENCY);
        return open;
    }

    /** The inspectors a lead may choose from: the signed-in lead and whoever works on an open inspection. */
    private List<String> inspectors() {
        return Stream.concat(Stream.of(identity.getPrincipal().getName()),
                open().stream().map(Inspection::assignee).filter(Objects::nonNull)).distinct().sorted().toList();
    }

    private Response again(UUID id, Map<String, String> problems) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                .entity(show(id, PageProblems.with(problems)).render()).build();
    }

    private List<String> earlierEvidence(UUID id, String code) {
        return service().checklist(id).checklist().stream().filter(item -> item.code().equals(code))
                .map(Checklist.Item::finding).filter(finding -> finding != null && finding.evidence() != null)
                .flatMap(finding -> finding.evidence().stream()).map(DepartmentService.Evidence::sha256).toList();
    }

    private String department() {
        return DepartmentServices.departmentOf(identity).orElseThrow(() -> new WebApplicationException(403));
    }

    private DepartmentService service() {
        return departments.of(department()).orElseThrow(() -> new WebApplicationException(503));
    }

    private static Response backTo(UUID id, String fragment) {
        return Response.seeOther(URI.create("/inspections/" + id + (fragment.isEmpty() ? "" : "#" + fragment)))
                .build();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
