package org.jointacceptance.department.activity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One thing someone did on an inspection: who, when, what. */
@Entity
@Table(name = "inspection_activity")
public class InspectionActivity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "inspection_id")
    public UUID inspectionId;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    public String actor;

    public String action;

    public String detail;

    public static List<InspectionActivity> of(UUID inspectionId) {
        return list("inspectionId = ?1 order by id", inspectionId);
    }
}
