package org.jointacceptance.acceptance.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import org.jointacceptance.messaging.department.InspectionResult;
import org.jointacceptance.messaging.department.InspectionResultSubmitted;

/**
 * A department's correction of its result that came after the round was decided: the decision stands until the
 * lead center's leader settles it, letting the decision stand or deciding the round again with it.
 */
@Entity
@Table(name = "late_correction")
public class LateCorrection extends PanacheEntityBase {

    /** How the leader settled it. */
    public enum Settlement {
        /** The round was decided again with the corrected result. */
        REOPENED,
        /** The decision stands as it was. */
        STANDS
    }

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "section_id")
    public Section section;

    public String department;

    public int round;

    @Column(name = "inspection_id")
    public UUID inspectionId;

    @Enumerated(EnumType.STRING)
    public InspectionResult result;

    public String inspector;

    @Column(name = "inspector_name")
    public String inspectorName;

    @Column(name = "inspected_on")
    public LocalDate inspectedOn;

    /** The corrected result's own reason (why not applicable, say). */
    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<InspectionFinding> findings = new ArrayList<>();

    @Column(name = "correction_reason")
    public String correctionReason;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    @Enumerated(EnumType.STRING)
    public Settlement settlement;

    @Column(name = "settlement_reason")
    public String settlementReason;

    @Column(name = "settled_by")
    public String settledBy;

    @Column(name = "settled_by_name")
    public String settledByName;

    @Column(name = "settled_at")
    public OffsetDateTime settledAt;

    static LateCorrection of(Section section, InspectionResultSubmitted correction, OffsetDateTime now) {
        LateCorrection late = new LateCorrection();
        late.id = UUID.randomUUID();
        late.section = section;
        late.department = correction.department();
        late.round = correction.round();
        late.inspectionId = correction.inspectionId();
        late.result = correction.result();
        late.inspector = correction.inspector();
        late.inspectorName = correction.inspectorName();
        late.inspectedOn = correction.inspectedOn();
        late.reason = correction.reason();
        late.findings = new ArrayList<>(correction.findings().stream().map(InspectionFinding::of).toList());
        late.correctionReason = correction.correctionReason();
        late.receivedAt = now;
        return late;
    }

    /** The corrections no leader has settled yet, the oldest first. */
    public static List<LateCorrection> unsettled() {
        return list("settlement is null order by receivedAt");
    }

    /** The department's cell of the round takes the corrected result. */
    void applyTo(SectionInspection cell) {
        cell.hold(result, inspectionId, inspector, inspectorName, false, inspectedOn, reason, findings);
    }

    void settle(Settlement how, String why, String by, String byName, OffsetDateTime at) {
        settlement = how;
        settlementReason = why;
        settledBy = by;
        settledByName = byName;
        settledAt = at;
    }
}
