package org.jointacceptance.department.result;

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
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jointacceptance.department.inspection.ResultFinding;
import org.jointacceptance.messaging.department.InspectionResult;

/** A result as it was submitted, never changed; a correction is another one that names it in {@code corrects}. */
@Entity
@Immutable
@Table(name = "inspection_result")
public class SubmittedResult extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "inspection_id")
    public UUID inspectionId;

    @Enumerated(EnumType.STRING)
    public InspectionResult result;

    public String inspector;

    @Column(name = "inspected_on")
    public LocalDate inspectedOn;

    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ResultFinding> findings = new ArrayList<>();

    public UUID corrects;

    @Column(name = "correction_reason")
    public String correctionReason;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    public static List<SubmittedResult> of(UUID inspectionId) {
        return list("inspectionId = ?1 order by submittedAt", inspectionId);
    }
}
