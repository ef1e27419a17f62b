package org.jointacceptance.portal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/**
 * One department's department-service, called with the signed-in inspector's own token: it decides what they may see
 * and do. Built for the department the inspector's sign-in names ({@link DepartmentServices}).
 */
public interface DepartmentService {

    /** The inbox: the department's open inspections, key projects first, then the most urgent. */
    @GET
    @Path("/inspections")
    List<Inspection> inbox(@QueryParam("state") String state, @QueryParam("size") int size);

    @GET
    @Path("/inspections/{id}")
    Inspection inspection(@PathParam("id") UUID id);

    /** A department lead gives the inspection to an inspector, or hands it over to another. */
    @POST
    @Path("/inspections/{id}/assignment")
    Inspection assign(@PathParam("id") UUID id, Assignment assignment);

    /** The inspector takes an inspection nobody works on yet. */
    @POST
    @Path("/inspections/{id}/claim")
    Inspection claim(@PathParam("id") UUID id);

    @GET
    @Path("/inspections/{id}/checklist")
    Checklist checklist(@PathParam("id") UUID id);

    /** Marks one item; the page shows the checklist again, so the department answers with nothing. */
    @PUT
    @Path("/inspections/{id}/checklist/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ClientHeaderParam(name = "Prefer", value = "return=minimal")
    void mark(@PathParam("id") UUID id, @PathParam("code") String code, Marking marking);

    /**
     * Marks several items at once, in the order given: all of them, or none when one is refused; answered with nothing,
     * as one item is.
     */
    @PATCH
    @Path("/inspections/{id}/checklist")
    @Consumes(MediaType.APPLICATION_JSON)
    @ClientHeaderParam(name = "Prefer", value = "return=minimal")
    void markAll(@PathParam("id") UUID id, Marks marks);

    /** Stores a photo or document as evidence of the inspection; a finding names it by its SHA-256. */
    @POST
    @Path("/inspections/{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    Evidence upload(@PathParam("id") UUID id, ClientMultipartForm file);

    @GET
    @Path("/inspections/{id}/evidence")
    List<Evidence> evidence(@PathParam("id") UUID id);

    /** Concludes the inspection with the verdict its checklist gives. */
    @POST
    @Path("/inspections/{id}/result")
    @Consumes(MediaType.APPLICATION_JSON)
    Inspection submit(@PathParam("id") UUID id, Result result);

    /** Answers the lead center's question about the submitted result, standing by it. */
    @POST
    @Path("/inspections/{id}/question-answer")
    @Consumes(MediaType.APPLICATION_JSON)
    Inspection answerQuestion(@PathParam("id") UUID id, QuestionAnswer answer);

    /** Confirms the joint site visit the lead center proposed. */
    @POST
    @Path("/inspections/{id}/joint-visit/confirmation")
    Inspection confirmJointVisit(@PathParam("id") UUID id);

    /** Asks for another slot for the proposed joint site visit: a working day, a time, and why. */
    @POST
    @Path("/inspections/{id}/joint-visit/other-slot")
    @Consumes(MediaType.APPLICATION_JSON)
    Inspection askOtherSlot(@PathParam("id") UUID id, VisitRequest slot);

    /** Sets the day and time of the site visit, or moves it (with the reason the firm is told). */
    @POST
    @Path("/inspections/{id}/site-visits")
    @Consumes(MediaType.APPLICATION_JSON)
    Visit scheduleVisit(@PathParam("id") UUID id, VisitRequest visit);

    /** The special procedures of the inspection, open and closed. */
    @GET
    @Path("/inspections/{id}/special-procedures")
    List<Procedure> procedures(@PathParam("id") UUID id);

    /** Opens a special procedure (expert review, testing, hearing): the department's clock stops while it runs. */
    @POST
    @Path("/inspections/{id}/special-procedures")
    @Consumes(MediaType.APPLICATION_JSON)
    Procedure openProcedure(@PathParam("id") UUID id, ProcedureRequest procedure);

    /** Closes a special procedure with its outcome: the clock runs again. */
    @POST
    @Path("/inspections/{id}/special-procedures/{procedureId}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    Procedure closeProcedure(@PathParam("id") UUID id, @PathParam("procedureId") UUID procedureId, Closing closing);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Visit(UUID visitId, LocalDate date, String time, String reason, boolean current) {
    }

    /** {@code time} as HH:mm. */
    record VisitRequest(LocalDate date, String time, String reason) {
    }

    /** A special procedure; {@code pausedWorkingDays}, once closed, the working days it held the clock. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Procedure(UUID procedureId, String kind, String reason, boolean open, int expectedWorkingDays,
            LocalDate expectedEnd, LocalDate openedOn, LocalDate closedOn, String outcome, Integer pausedWorkingDays) {
    }

    /** An inspection's special procedures, and the kinds one may open. */
    record Procedures(List<Procedure> all) {

        public boolean anyOpen() {
            return all.stream().anyMatch(Procedure::open);
        }

        public List<String> kinds() {
            return List.of("EXPERT_REVIEW", "TESTING", "HEARING");
        }
    }

    record ProcedureRequest(String kind, String reason, Integer expectedWorkingDays) {
    }

    /** Who is to work on an inspection: an inspector, by the name their sign-in gives. */
    record Assignment(String inspector) {
    }

    record Closing(String outcome) {
    }

    record QuestionAnswer(String answer) {
    }

    /** An inspection as its inspectors see it; the lead center's question about its result, while unanswered. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Inspection(UUID id, String department, UUID applicationId, String sectionName, int round, String mode,
            String projectCode, String projectName, String address, LocalDate dueDate, boolean dueDateProvisional,
            Integer workingDaysLeft, String state, String assignee, Progress checklist, SiteVisit siteVisit,
            String result, LocalDate inspectedOn, boolean keyProject, String leadQuestion, String questionedBy,
            JointVisit jointVisit) {

        /**
         * The lead center's joint site visit of the section as last proposed; the inspector's answer ({@code confirmed}
         * null until given, else the slot asked and why), and when it was fixed.
         */
        @JsonIgnoreProperties(ignoreUnknown = true)
        public record JointVisit(LocalDate date, String time, String meetingPoint, String proposedBy, String reason,
                LocalDate previousDate, String previousTime, Boolean confirmed, LocalDate askedDate, String askedTime,
                String answerReason, OffsetDateTime fixedAt) {

            public boolean fixed() {
                return fixedAt != null;
            }

            public boolean awaitsAnswer() {
                return confirmed == null && fixedAt == null;
            }
        }

        /** How far the checklist is marked. */
        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Progress(long items, long marked, long failed) {
        }

        /** When the site visit is set. */
        @JsonIgnoreProperties(ignoreUnknown = true)
        public record SiteVisit(LocalDate date, String time) {
        }

        /** Earliest due first, those without a due date last. */
        static final Comparator<Inspection> URGENCY = Comparator.comparing(Inspection::keyProject).reversed()
                .thenComparing(Inspection::dueDate, Comparator.nullsLast(Comparator.naturalOrder()));

        /** Working days past the due date, once overdue. */
        public int overdueDays() {
            return workingDaysLeft == null ? 0 : Math.max(0, -workingDaysLeft);
        }

        public boolean open() {
            return "PENDING".equals(state) || "SCHEDULED".equals(state);
        }

        /** How urgent it is, as a traffic light ({@link Urgency}). */
        public String light() {
            return Urgency.of(workingDaysLeft).css();
        }
    }

    /** The checklist of one inspection, item by item, with the verdict it gives so far. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Checklist(UUID inspectionId, int round, long items, long unmarked, String verdict, List<Item> checklist) {

        public long marked() {
            return items - unmarked;
        }

        /** The items topic by topic, in the checklist's order. */
        public List<Topic> topics() {
            List<Topic> topics = new ArrayList<>();
            for (Item item : checklist) {
                if (topics.isEmpty() || !topics.get(topics.size() - 1).name().equals(item.topic())) {
                    topics.add(new Topic(item.topic(), item.topicZh(), new ArrayList<>()));
                }
                topics.get(topics.size() - 1).items().add(item);
            }
            return topics;
        }

        public record Topic(String name, String nameZh, List<Item> items) {

            public String nameIn(String language) {
                return inLanguage(language, name, nameZh);
            }
        }

        /** Each text in English and in Chinese ({@code Zh}, missing on items opened before checklists had it). */
        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Item(String code, String topic, String topicZh, String title, String titleZh, boolean key,
                String guidance, String guidanceZh, String mark, String note, Finding finding, Earlier earlier) {

            public String titleIn(String language) {
                return inLanguage(language, title, titleZh);
            }

            public String guidanceIn(String language) {
                return inLanguage(language, guidance, guidanceZh);
            }

            /** The item's finding for the form: the one recorded, else the usual choices (major, rectifiable). */
            public Finding draft() {
                return finding != null ? finding : new Finding(null, "MAJOR", true, null, List.of());
            }
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Finding(String description, String severity, Boolean rectifiable, String requiredAction,
                List<Evidence> evidence) {
        }

        /** The Chinese text for a Chinese page where there is one, the English otherwise. */
        private static String inLanguage(String language, String english, String chinese) {
            return "zh-CN".equals(language) && chinese != null ? chinese : english;
        }

        /** On a re-inspection: what was found before and what the firm answered. */
        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Earlier(int round, String description, String requiredAction, String answer) {
        }
    }

    /** How an item is marked: {@code PASS}, {@code FAIL} (with its finding) or {@code NOT_APPLICABLE}. */
    record Marking(String mark, String note, FindingRequest finding) {
    }

    /** Each item's marking under its code. */
    record Marks(Map<String, Marking> marks) {
    }

    record FindingRequest(String description, String severity, boolean rectifiable, String requiredAction,
            List<String> evidence) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Evidence(String name, String mediaType, String sha256) {
    }

    record Result(LocalDate inspectedOn, String remark) {
    }
}
