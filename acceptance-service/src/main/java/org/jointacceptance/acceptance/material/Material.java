package org.jointacceptance.acceptance.material;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A file an applicant supplied for an application: a material of the application, or evidence of a rectification. */
@Entity
public class Material extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    public String sha256;

    @Column(name = "material_type")
    public String type;

    public String name;

    @Column(name = "media_type")
    public String mediaType;

    public long size;

    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;

    public static List<Material> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by uploadedAt", applicationId);
    }

    /** The types of material the application has a file of, not counting the files that were {@code returned}. */
    public static Set<String> suppliedTypes(UUID applicationId, Predicate<Material> returned) {
        return ofApplication(applicationId).stream().filter(returned.negate()).map(material -> material.type)
                .collect(Collectors.toSet());
    }

    /** Whether the application has a file of this content already. */
    public static boolean exists(UUID applicationId, String sha256) {
        return !getEntityManager().createQuery("select 1 from Material where applicationId = ?1 and sha256 = ?2",
                Integer.class).setParameter(1, applicationId).setParameter(2, sha256).setMaxResults(1).getResultList()
                .isEmpty();
    }
}
