package org.jointacceptance.department.evidence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The bytes of an evidence file, stored once under their SHA-256 digest however often they are attached. */
@Entity
@Table(name = "evidence_content")
public class EvidenceContent extends PanacheEntityBase {

    @Id
    public String sha256;

    public byte[] content;

    public long size;
}
