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

    /**
     * Stores the bytes under their digest unless they are already there. Two firms uploading the same new file at
     * once both succeed: the database keeps the first and the second finds it stored.
     */
    static void storeOnce(String sha256, byte[] content) {
        getEntityManager().createNativeQuery("insert into material_content (sha256, content, size) values (?1, ?2, ?3)"
                + " on conflict (sha256) do nothing")
                .setParameter(1, sha256).setParameter(2, content).setParameter(3, (long) content.length)
                .executeUpdate();
    }
}
