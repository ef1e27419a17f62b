package org.jointacceptance.department.sitevisit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.jointacceptance.problem.ProblemException;

/**
 * The lead center's proposal of a joint site visit (集中验收) on one of this department's inspections, with the
 * inspector's answer, fixed when every department asked confirmed it. A new proposal supersedes it and keeps it on
 * record.
 */
@Entity
@Table(name = "joint_visit")
public class JointVisit extends PanacheEntityBase {

    /** The proposal's id in acceptance-service: the same on every department's inspection. */
    @Id
    public UUID id;

    @Column(name = "inspection_id")
    public UUID inspectionId;

    @Column(name = "visit_date")
    public LocalDate date;

    @Column(name = "visit_time")
    public LocalTime time;

    @Column(name = "meeting_point")
    public String meetingPoint;

    /** Why the lead center proposed it again. */
    public String reason;

    @Column(name = "previous_date")
    public LocalDate previousDate;

    @Column(name = "previous_time")
    public LocalTime previousTime;

    /** The coordinator who proposed it, as people read the name. */
    @Column(name = "proposed_by")
    public String proposedBy;

    @Column(name = "proposed_at")
    public OffsetDateTime proposedAt;

    /** Null until the inspector answers; then whether it confirmed, or asked for {@code askedDate} {@code askedTime}. */
    public Boolean confirmed;

    @Column(name = "asked_date")
    public LocalDate askedDate;

    @Column(name = "asked_time")
    public LocalTime askedTime;

    @Column(name = "answer_reason")
    public String answerReason;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    @Column(name = "fixed_at")
    public OffsetDateTime fixedAt;

    @Column(name = "superseded_at")
    public OffsetDateTime supersededAt;

    public static JointVisit currentOf(UUID inspectionId) {
        return find("inspectionId = ?1 and supersededAt is null", inspectionId).firstResult();
    }

    /** The current proposal, for the inspector to answer: 409 when there is none, or it is fixed already. */
    static JointVisit toAnswer(UUID inspectionId) {
        JointVisit visit = currentOf(inspectionId);
        if (visit == null) {
            throw ProblemException.conflict("no-joint-visit-to-answer");
        }
        if (visit.fixedAt != null) {
            throw ProblemException.conflict("joint-visit-fixed", visit.date, SiteVisit.TIME.format(visit.time));
        }
        return visit;
    }

    /** Whether the inspector still owes an answer to this proposal. */
    public boolean awaitsAnswer() {
        return confirmed == null && fixedAt == null && supersededAt == null;
    }

    void answer(boolean confirmedNow, LocalDate date, LocalTime time, String reason, String by, OffsetDateTime at) {
        confirmed = confirmedNow;
        askedDate = date;
        askedTime = time;
        answerReason = reason;
        answeredBy = by;
        answeredAt = at;
    }
}
