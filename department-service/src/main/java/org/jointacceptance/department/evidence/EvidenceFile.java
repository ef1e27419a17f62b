package org.jointacceptance.department.evidence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.jointacceptance.messaging.department.Finding;

/** A photo or report an inspector attached to an inspection, to be cited by its findings. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "inspection_id")
    public UUID inspectionId;

    public String sha256;

    public String name;

    @Column(name = "media_type")
    public String mediaType;

    public long size;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;

    public static List<EvidenceFile> of(UUID inspectionId) {
        return list("inspectionId = ?1 order by uploadedAt", inspectionId);
    }

    public static EvidenceFile of(UUID inspectionId, String sha256) {
        return find("inspectionId = ?1 and sha256 = ?2", inspectionId, sha256).firstResult();
    }

    /** As a finding cites it. */
    public Finding.Evidence asEvidence() {
        return new Finding.Evidence(name, mediaType, sha256);
    }
}
