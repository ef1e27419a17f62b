package org.jointacceptance.department.procedure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.jointacceptance.messaging.department.SpecialProcedureKind;

/** An expert review, testing or hearing during an inspection; while it is open the clock stands still. */
@Entity
@Table(name = "special_procedure")
public class SpecialProcedure extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "inspection_id")
    public UUID inspectionId;

    @Enumerated(EnumType.STRING)
    public SpecialProcedureKind kind;

    public String reason;

    @Column(name = "expected_working_days")
    public int expectedWorkingDays;

    @Column(name = "expected_end")
    public LocalDate expectedEnd;

    @Column(name = "opened_on")
    public LocalDate openedOn;

    @Column(name = "opened_by")
    public String openedBy;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    public String outcome;

    @Column(name = "paused_working_days")
    public Integer pausedWorkingDays;

    public boolean open() {
        return closedAt == null;
    }

    public static List<SpecialProcedure> of(UUID inspectionId) {
        return list("inspectionId = ?1 order by openedAt", inspectionId);
    }

    public static SpecialProcedure openOn(UUID inspectionId) {
        return find("inspectionId = ?1 and closedAt is null", inspectionId).firstResult();
    }
}
