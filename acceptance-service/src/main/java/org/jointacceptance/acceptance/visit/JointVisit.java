package org.jointacceptance.acceptance.visit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.application.InspectionState;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.application.SectionStatus;
import org.jointacceptance.access.Person;
import org.jointacceptance.problem.ProblemException;

/**
 * One proposal of a section's joint site visit (集中验收) in a round: the coordinator's day, time and meeting point,
 * the departments asked (those whose result of the round is awaited) and their answers. It is fixed once every
 * department still awaited has confirmed it; a new proposal supersedes it, fixed or not, and stays on record.
 */
@Entity
@Table(name = "joint_visit")
public class JointVisit extends PanacheEntityBase {

    /** How a visit's time is written everywhere: Beijing time, {@code HH:mm}. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "section_id")
    public UUID sectionId;

    public int round;

    @Column(name = "visit_date")
    public LocalDate date;

    @Column(name = "visit_time")
    public LocalTime time;

    @Column(name = "meeting_point")
    public String meetingPoint;

    /** Why it replaced the proposal before it. */
    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> departments = new ArrayList<>();

    /** The latest answer of each department asked that answered. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Answer> answers = new ArrayList<>();

    @Column(name = "proposed_by")
    public String proposedBy;

    @Column(name = "proposed_by_name")
    public String proposedByName;

    @Column(name = "proposed_at")
    public OffsetDateTime proposedAt;

    @Column(name = "fixed_at")
    public OffsetDateTime fixedAt;

    @Column(name = "superseded_at")
    public OffsetDateTime supersededAt;

    /**
     * A department's answer: it comes at the time proposed ({@code confirmed}), or asks for another working day and
     * time and says why.
     */
    public record Answer(String department, boolean confirmed, LocalDate askedDate, LocalTime askedTime,
            String reason, String by, String byName, OffsetDateTime at) {
    }

    /** The section's visit of the round as last proposed; null when none was. */
    public static JointVisit currentOf(UUID sectionId, int round) {
        return find("sectionId = ?1 and round = ?2 and supersededAt is null", sectionId, round).firstResult();
    }

    /** The last visit of the section's round that was fixed and then moved by a later proposal; null if none. */
    static JointVisit lastMovedOf(UUID sectionId, int round) {
        return find("sectionId = ?1 and round = ?2 and supersededAt is not null and fixedAt is not null "
                + "order by supersededAt desc", sectionId, round).firstResult();
    }

    /**
     * Proposes the section's joint visit of its round, superseding the one before it; the same day, time and
     * meeting point as the current proposal change nothing (null is returned). Refused unless the section is being
     * inspected and some department's result is awaited; moving a fixed visit needs a reason.
     */
    static JointVisit propose(Section section, LocalDate date, LocalTime time, String meetingPoint, String reason,
            Person coordinator, OffsetDateTime now) {
        List<String> awaited = awaited(section, section.inspectionsOfRound(section.round).stream()
                .map(inspection -> inspection.department).toList());
        if (section.application.status == ApplicationStatus.TERMINATED || section.status != SectionStatus.IN_INSPECTION
                || awaited.isEmpty()) {
            throw ProblemException.conflict("joint-visit-nothing-to-inspect", section.name);
        }
        JointVisit current = currentOf(section.id, section.round);
        if (current != null) {
            if (current.date.equals(date) && current.time.equals(time) && current.meetingPoint.equals(meetingPoint)) {
                return null;
            }
            if (current.fixedAt != null && reason == null) {
                throw ProblemException.refused("joint-visit-moved-without-reason", current.date,
                        current.timeOfDay());
            }
            current.supersededAt = now;
            flush(); // the superseded proposal first: only one current proposal per section and round
        }
        JointVisit visit = new JointVisit();
        visit.id = UUID.randomUUID();
        visit.applicationId = section.application.id;
        visit.sectionId = section.id;
        visit.round = section.round;
        visit.date = date;
        visit.time = time;
        visit.meetingPoint = meetingPoint;
        visit.reason = reason;
        visit.departments = new ArrayList<>(awaited);
        visit.proposedBy = coordinator.login();
        visit.proposedByName = coordinator.name();
        visit.proposedAt = now;
        visit.persist();
        return visit;
    }

    /** Records a department's answer; false when it was not asked, or this proposal was superseded. */
    boolean answer(Answer answer) {
        if (supersededAt != null || !departments.contains(answer.department())) {
            return false;
        }
        List<Answer> latest = new ArrayList<>(answers.stream()
                .filter(earlier -> !earlier.department().equals(answer.department())).toList());
        latest.add(answer);
        answers = latest;
        return true;
    }

    /**
     * Fixes the visit once every department asked whose result is still awaited has confirmed it (a department
     * that concluded meanwhile no longer comes); returns whether it did now. Nothing is fixed when no department is
     * awaited any more.
     */
    boolean fixIfConfirmed(Section section, OffsetDateTime now) {
        if (fixedAt != null || supersededAt != null || section.round != round) {
            return false;
        }
        List<String> awaited = awaited(section, departments);
        if (awaited.isEmpty() || !awaited.stream().allMatch(this::confirmedBy)) {
            return false;
        }
        fixedAt = now;
        return true;
    }

    /** The departments asked that come: those that confirmed, their result of the round still awaited. */
    public List<String> coming(Section section) {
        return awaited(section, departments).stream().filter(this::confirmedBy).toList();
    }

    /** The departments of {@code asked} whose result of the section's round is awaited. */
    private static List<String> awaited(Section section, List<String> asked) {
        return asked.stream().filter(department -> section.inspection(department, section.round)
                .filter(inspection -> inspection.state == InspectionState.REQUESTED).isPresent()).toList();
    }

    public boolean confirmedBy(String department) {
        return answerOf(department).map(Answer::confirmed).orElse(false);
    }

    public Optional<Answer> answerOf(String department) {
        return answers.stream().filter(answer -> Objects.equals(answer.department(), department)).findFirst();
    }

    public String timeOfDay() {
        return TIME.format(time);
    }
}
