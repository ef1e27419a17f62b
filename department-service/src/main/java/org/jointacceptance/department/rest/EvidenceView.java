package org.jointacceptance.department.rest;

import java.time.OffsetDateTime;

import org.jointacceptance.department.evidence.EvidenceFile;

/** An evidence file attached to an inspection; findings cite it by {@code sha256}. */
public record EvidenceView(String sha256, String name, String mediaType, long size, String uploadedBy,
        OffsetDateTime uploadedAt, String href) {

    public static EvidenceView of(EvidenceFile file) {
        return new EvidenceView(file.sha256, file.name, file.mediaType, file.size, file.uploadedBy, file.uploadedAt,
                "/inspections/" + file.inspectionId + "/evidence/" + file.sha256);
    }
}
