package org.jointacceptance.department.evidence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jointacceptance.department.activity.ActivityLog;
import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.department.serving.DepartmentConfig;
import org.jointacceptance.problem.ProblemException;
import org.jointacceptance.problem.UploadedFiles;

/**
 * Keeps the inspectors' evidence files content-addressed in the department's database: each is checked against the
 * configured size limit and media types on the way in, and against its digest on every way out.
 */
@ApplicationScoped
public class EvidenceStore {

    private final ActivityLog activity;
    private final Clock clock;
    private final long maxSize;
    private final List<String> mediaTypes;

    public EvidenceStore(ActivityLog activity, Clock clock, DepartmentConfig department) {
        this.activity = activity;
        this.clock = clock;
        this.maxSize = department.evidence().maxSize().asLongValue();
        this.mediaTypes = List.copyOf(department.evidence().mediaTypes());
    }

    /**
     * Attaches the file to the inspection under its uploaded name, cleaned of any folder part; the same content
     * attached again is the same evidence file.
     */
    @Transactional
    public EvidenceFile store(UUID inspectionId, String uploadedName, String declaredType, byte[] content,
            String uploadedBy) {
        Inspection inspection = Inspection.forUpdate(inspectionId);
        UploadedFiles.Accepted accepted = UploadedFiles.accept(uploadedName, declaredType, content, maxSize,
                mediaTypes);
        String sha256 = accepted.sha256();
        EvidenceFile existing = EvidenceFile.of(inspection.id, sha256);
        if (existing != null) {
            return existing;
        }
        EvidenceContent.storeOnce(sha256, content);
        EvidenceFile file = new EvidenceFile();
        file.id = UUID.randomUUID();
        file.inspectionId = inspection.id;
        file.sha256 = sha256;
        file.name = accepted.name();
        file.mediaType = accepted.mediaType();
        file.size = content.length;
        file.uploadedBy = uploadedBy;
        file.uploadedAt = OffsetDateTime.now(clock);
        file.persist();
        activity.record(inspection.id, uploadedBy, "EVIDENCE_UPLOADED", file.name + " (" + file.mediaType + ", "
                + content.length + " bytes, sha256 " + sha256 + ")");
        return file;
    }

    /** The evidence file of this inspection; a missing one is a 404. */
    public EvidenceFile file(UUID inspectionId, String sha256) {
        Inspection.existing(inspectionId);
        EvidenceFile file = EvidenceFile.of(inspectionId, sha256);
        if (file == null) {
            throw ProblemException.notFound("evidence-file", sha256);
        }
        return file;
    }

    /** The file's bytes, after checking that they still have the digest they were stored under. */
    public byte[] read(EvidenceFile file) {
        EvidenceContent stored = EvidenceContent.findById(file.sha256);
        if (stored == null || !UploadedFiles.sha256(stored.content).equals(file.sha256)) {
            throw ProblemException.conflict("evidence-corrupted", file.name, file.sha256);
        }
        return stored.content;
    }
}
