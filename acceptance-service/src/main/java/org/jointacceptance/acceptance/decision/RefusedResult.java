package org.jointacceptance.acceptance.decision;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A department result that was received but not applied, and why: kept for the record, never applied. */
@Entity
@Table(name = "refused_result")
public class RefusedResult extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "section_id")
    public UUID sectionId;

    public String department;

    public Integer round;

    public String reason;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
