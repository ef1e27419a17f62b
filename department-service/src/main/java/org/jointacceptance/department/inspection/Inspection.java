package org.jointacceptance.department.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.jointacceptance.calendar.WorkingCalendar;
import org.jointacceptance.messaging.acceptance.InspectionMode;
import org.jointacceptance.messaging.department.InspectionResult;
import org.jointacceptance.problem.ProblemException;

/**
 * This department's inspection of one section in one round, from request to submitted result. The result columns
 * hold the inspection's current result; every submitted result is kept unchanged in {@code inspection_result}.
 */
@Entity
public class Inspection extends PanacheEntityBase {

    // The lists kept as JSON are replaced, never changed in place: Hibernate then neither copies them when it loads
    // an inspection nor serializes them again to see whether they changed (a tenth of a department's CPU).


    /** Every event about an inspection is keyed by its application, so that the application's events keep their order. */
    public static final String AGGREGATE_TYPE = "application";

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "section_id")
    public UUID sectionId;

    @Column(name = "section_name")
    public String sectionName;

    public int round;

    @Enumerated(EnumType.STRING)
    public InspectionMode mode;

    @Column(name = "project_code")
    public String projectCode;

    @Column(name = "project_name")
    public String projectName;

    public String address;

    public String district;

    /** The due date, moved out by the working days of closed special procedures. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    /** The due date as requested. */
    @Column(name = "requested_due_date")
    public LocalDate requestedDueDate;

    @Column(name = "paused_working_days")
    public int pausedWorkingDays;

    /** A key project on the green channel: first in the inbox. */
    @Column(name = "key_project")
    public boolean keyProject;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<Declared> declared = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<RequestedMaterial> materials = List.of();

    @Enumerated(EnumType.STRING)
    public InspectionState state;

    public String assignee;

    @Column(name = "assigned_by")
    public String assignedBy;

    @Column(name = "assigned_at")
    public OffsetDateTime assignedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "checklist_templates")
    public List<TemplateVersion> checklistTemplates = List.of();

    @Column(name = "spot_check_seed")
    public Long spotCheckSeed;

    @Column(name = "spot_check_rate")
    public BigDecimal spotCheckRate;

    @Column(name = "spot_check_drawn")
    public Boolean spotCheckDrawn;

    @Column(name = "result_id")
    public UUID resultId;

    @Enumerated(EnumType.STRING)
    public InspectionResult result;

    public String inspector;

    @Column(name = "inspected_on")
    public LocalDate inspectedOn;

    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<ResultFinding> findings = List.of();

    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    /** The inspection, locked for a change; a missing one is a 404. */
    public static Inspection forUpdate(UUID id) {
        Inspection inspection = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (inspection == null) {
            throw ProblemException.notFound("inspection", id);
        }
        return inspection;
    }

    /**
     * Whether the section's inspection of this round is filed already. A query whose plan Hibernate keeps: Panache's
     * {@code count} translates its query again on every call, a sixth of the CPU of filing a request.
     */
    public static boolean filed(UUID sectionId, int round) {
        return !getEntityManager().createQuery("select 1 from Inspection where sectionId = ?1 and round = ?2",
                Integer.class).setParameter(1, sectionId).setParameter(2, round).setMaxResults(1).getResultList()
                .isEmpty();
    }

    /** The inspection to read; a missing one is a 404. */
    public static Inspection existing(UUID id) {
        Inspection inspection = findById(id);
        if (inspection == null) {
            throw ProblemException.notFound("inspection", id);
        }
        return inspection;
    }

    /** Why the inspection was withdrawn, when it was. */
    @Column(name = "withdrawn_reason")
    public String withdrawnReason;

    /** The lead center's question about the submitted result, until answered or corrected; who asked, and when. */
    @Column(name = "lead_question")
    public String leadQuestion;

    @Column(name = "questioned_by")
    public String questionedBy;

    @Column(name = "questioned_at")
    public OffsetDateTime questionedAt;

    /** The lead center asks about the submitted result; returns whether it could (only a submitted result). */
    public boolean questioned(String question, String by, OffsetDateTime at) {
        if (!submitted()) {
            return false;
        }
        leadQuestion = question;
        questionedBy = by;
        questionedAt = at;
        return true;
    }

    /** The question is answered, or the result corrected: nothing is asked any more. */
    public void questionSettled() {
        leadQuestion = null;
        questionedBy = null;
        questionedAt = null;
    }

    /**
     * The application became a key project: the inspection comes first in the inbox and, while it is open, takes the
     * shorter due date asked for (moved out by the working days its special procedures paused it) where that is
     * earlier ({@code shorterDueDate} is null for an inspection no longer awaited); returns whether the due date moved.
     */
    public boolean becomeKeyProject(LocalDate shorterDueDate, WorkingCalendar calendar) {
        keyProject = true;
        if (shorterDueDate == null || submitted() || state == InspectionState.WITHDRAWN || requestedDueDate == null
                || !shorterDueDate.isBefore(requestedDueDate)) {
            return false;
        }
        requestedDueDate = shorterDueDate;
        dueDate = calendar.plusWorkingDays(shorterDueDate, pausedWorkingDays);
        return true;
    }

    public boolean submitted() {
        return state == InspectionState.SUBMITTED;
    }

    /** Refuses a change that only an inspection without a result may take. */
    public void requireOpen() {
        if (state == InspectionState.WITHDRAWN) {
            throw ProblemException.conflict("inspection-withdrawn", withdrawnReason);
        }
        if (submitted()) {
            throw ProblemException.conflict("result-already-submitted", submittedAt.toLocalDate());
        }
    }

    /** A filing that the spot-check draw did not select: it passes on the filing check alone. */
    public boolean passesOnFiling() {
        return mode == InspectionMode.FILING && Boolean.FALSE.equals(spotCheckDrawn);
    }
}
