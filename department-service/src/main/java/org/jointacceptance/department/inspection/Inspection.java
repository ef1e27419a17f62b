package org.jointacceptance.department.inspection;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jointacceptance.messaging.event.Finding;
import org.jointacceptance.messaging.event.InspectionMode;
import org.jointacceptance.messaging.event.InspectionResult;

/** This department's inspection of one section in one round, from request to submitted result. */
@Entity
public class Inspection extends PanacheEntityBase {

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

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public InspectionState state;

    @Enumerated(EnumType.STRING)
    public InspectionResult result;

    public String inspector;

    @Column(name = "inspected_on")
    public LocalDate inspectedOn;

    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Finding> findings = new ArrayList<>();

    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
}
