package org.jointacceptance.portal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An application's timeline as its page says it, newest first: when, in which section, who, what, in the reader's
 * language, and the words a person gave (a coordinator's reason, an inspector's). acceptance-service gives each
 * entry's facts apart; an entry it wrote before it did has only its English detail, which the page shows as it is.
 */
public final class Timeline {

    /** The actions whose entries have no facts to give. */
    private static final Set<String> WITHOUT_PARTICULARS = Set.of("DRAFT_PREPARED", "DRAFT_REVISED",
            "INTAKE_CORRECTION_REQUIRED", "INTAKE_NOT_ACCEPTED", "INTAKE_REVIEWED", "INTAKE_RETURNED", "TERMINATED");

    /** An entry's facts as the reader reads them: names, numbers and days worded, each empty when it has none. */
    public record Facts(String department, String round, String day, String subject) {
    }

    /**
     * One line of it: {@code who} is the party in the reader's words (a department, the firm, a coordinator),
     * {@code person} the sign-in name of whoever acted for it, when the entry names one.
     */
    public record Line(OffsetDateTime at, String section, String who, String person, String what, String reason) {
    }

    private Timeline() {
    }

    static List<Line> of(List<AcceptanceService.TimelineEntry> entries, ApplicationPage.Application application,
            Messages messages, boolean english) {
        List<Line> lines = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            AcceptanceService.TimelineEntry entry = entries.get(i);
            Actor actor = Actor.of(entry.actor());
            lines.add(new Line(entry.at(), sectionName(application, entry.sectionId()),
                    actor.kind().equals("department") ? messages.departmentName(actor.party())
                            : messages.timelineActor(actor.kind()),
                    actor.person(), what(entry, application, messages, english), entry.reason()));
        }
        return lines;
    }

    private static String what(AcceptanceService.TimelineEntry entry, ApplicationPage.Application application,
            Messages messages, boolean english) {
        if (entry.department() == null && entry.round() == null && entry.day() == null && entry.subject() == null
                && entry.reason() == null && !WITHOUT_PARTICULARS.contains(entry.action())) {
            return entry.detail();
        }
        return messages.timelineWhat(entry.action(), new Facts(
                entry.department() == null ? "" : messages.departmentName(entry.department()),
                entry.round() == null ? "" : entry.round().toString(), day(entry.day(), messages),
                subject(entry, application, messages, english)));
    }

    /**
     * The subject in the reader's words: a material's name (or the rectification's evidence), a corrected result, a
     * procedure's or a pause's kind, or a number as it is.
     */
    private static String subject(AcceptanceService.TimelineEntry entry, ApplicationPage.Application application,
            Messages messages, boolean english) {
        String subject = entry.subject();
        if (subject == null) {
            return "";
        }
        if (entry.action().startsWith("SPECIAL_PROCEDURE_")) {
            return messages.procedureKind(subject);
        }
        if (entry.action().startsWith("RESULT_CORRECTED")) {
            return messages.inspectionState(subject);
        }
        if (entry.action().equals("DECISION_AWAITING_SIGNATURE")) {
            return messages.sectionStatus(subject);
        }
        if (entry.action().startsWith("CLOCK_")) {
            return messages.pauseKind(subject);
        }
        if (entry.action().equals("MATERIAL_UPLOADED") || entry.action().startsWith("OWED_MATERIAL_")) {
            ApplicationPage.Material material = application.material(subject);
            if (material == null) {
                return subject.equals(ApplicationPage.EVIDENCE) ? messages.rectificationEvidence() : subject;
            }
            return english ? material.name() : material.nameZh();
        }
        return subject;
    }

    private static String day(LocalDate day, Messages messages) {
        return day == null ? "" : messages.date(day);
    }

    /**
     * Who did it, as acceptance-service writes it: {@code system}, {@code window}, {@code applicant:<credit code>},
     * {@code department:<code>[/<inspector>]}, {@code coordinator:<login>} or {@code lead-center:<login>}.
     */
    private record Actor(String kind, String party, String person) {

        static Actor of(String actor) {
            int colon = actor.indexOf(':');
            String kind = colon < 0 ? actor : actor.substring(0, colon);
            String rest = colon < 0 ? "" : actor.substring(colon + 1);
            return switch (kind) {
                case "department" -> rest.contains("/")
                        ? new Actor(kind, rest.substring(0, rest.indexOf('/')), rest.substring(rest.indexOf('/') + 1))
                        : new Actor(kind, rest, null);
                case "coordinator", "lead-center" -> new Actor(kind, null, rest);
                default -> new Actor(kind, rest, null);
            };
        }
    }

    private static String sectionName(ApplicationPage.Application application, UUID sectionId) {
        return application.sections().size() < 2 || sectionId == null ? null
                : application.sections().stream().filter(section -> section.id().equals(sectionId))
                        .map(ApplicationPage.Section::name).findFirst().orElse(null);
    }
}
