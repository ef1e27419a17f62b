package org.jointacceptance.acceptance.material;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The bytes of an uploaded file, stored once however many times it is uploaded, under their SHA-256 digest. */
@Entity
@Table(name = "material_content")
public class MaterialContent extends PanacheEntityBase {

    @Id
    public String sha256;

    public byte[] content;

    public long size;
}
