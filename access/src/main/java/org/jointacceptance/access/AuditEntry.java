package org.jointacceptance.access;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One security-relevant act: an override, a termination, a reopening, a calendar change, a refused request. Kept in
 * the service's own database (its table {@code audit_entry}); the API reads it and never edits it.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public OffsetDateTime at;

    public String actor;

    public String action;

    public String detail;
}
