package org.jointacceptance.acceptance.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jointacceptance.messaging.acceptance.InspectionMode;
import org.jointacceptance.messaging.department.InspectionResult;

/** One cell of the coordinator's matrix: one department's inspection of one section in one round. */
@Entity
@Table(name = "section_inspection")
public class SectionInspection extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "section_id")
    public Section section;

    public String department;

    public int round;

    @Enumerated(EnumType.STRING)
    public InspectionMode mode;

    @Enumerated(EnumType.STRING)
    public InspectionState state;

    /** The day the department was asked. */
    @Column(name = "requested_on")
    public LocalDate requestedOn;

    /** The department's own share of the stage ends on this working day. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    /** The department's inspection that concluded this cell. */
    @Column(name = "inspection_id")
    public UUID inspectionId;

    /** The inspector's login, and the name people read (null for results recorded before names were carried). */
    public String inspector;

    @Column(name = "inspector_name")
    public String inspectorName;

    /** A filing that passed on its documents alone, the spot-check draw having not selected it. */
    @Column(name = "passed_on_filing")
    public boolean passedOnFiling;

    @Column(name = "inspected_on")
    public LocalDate inspectedOn;

    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<InspectionFinding> findings = new ArrayList<>();

    /** The lead center's question about this result, while the department has not answered it. */
    public String question;

    /** The department's answer to the last question about this result. */
    public String answer;

    /**
     * The department's result of the round, first or corrected, becomes the cell's; a question about the earlier
     * one is closed by it.
     */
    void hold(InspectionResult result, UUID inspection, String login, String name, boolean onFilingAlone,
            LocalDate on, String why, List<InspectionFinding> found) {
        question = null;
        state = InspectionState.of(result);
        inspectionId = inspection;
        inspector = login;
        inspectorName = name;
        passedOnFiling = onFilingAlone;
        inspectedOn = on;
        reason = why;
        findings = new ArrayList<>(found);
    }

    /** Whether the department was asked to inspect a section of the application, in any round. */
    public static boolean requested(UUID applicationId, String department) {
        return !getEntityManager().createQuery(
                "select 1 from SectionInspection where section.application.id = ?1 and department = ?2", Integer.class)
                .setParameter(1, applicationId).setParameter(2, department).setMaxResults(1).getResultList().isEmpty();
    }

    /** Whether the department's result is in and counts: concluded, and no question about it open. */
    public boolean settled() {
        return state.concluded() && question == null;
    }

    /** The department's due date moves; returns whether it did: only while a result is awaited, from the day it was. */
    public boolean moveDueDate(LocalDate from, LocalDate to) {
        if (state != InspectionState.REQUESTED || !from.equals(dueDate)) {
            return false;
        }
        dueDate = to;
        return true;
    }
}
