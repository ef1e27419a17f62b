package org.jointacceptance.acceptance.material;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jointacceptance.acceptance.timeline.Particulars;
import org.jointacceptance.acceptance.timeline.Timeline;
import org.jointacceptance.problem.ProblemException;
import org.jointacceptance.problem.UploadedFiles;

/**
 * Keeps the applicant's files content-addressed: each is stored once under its SHA-256 digest, and its digest is
 * checked again whenever it is read, so a file that changed in storage is never served.
 */
@ApplicationScoped
public class MaterialStore {

    private final Timeline timeline;
    private final Clock clock;
    private final long maxSize;
    private final List<String> mediaTypes;

    public MaterialStore(Timeline timeline, Clock clock,
            @ConfigProperty(name = "acceptance.materials.max-size") MemorySize maxSize,
            @ConfigProperty(name = "acceptance.materials.media-types") List<String> mediaTypes) {
        this.timeline = timeline;
        this.clock = clock;
        this.maxSize = maxSize.asLongValue();
        this.mediaTypes = List.copyOf(mediaTypes);
    }

    /**
     * Stores the file under the name it was uploaded with, cleaned of any folder part, and the media type it was
     * declared with, which its content must match.
     */
    @Transactional
    public Material store(UUID applicationId, String type, String uploadedName, String declaredType, byte[] content,
            String actor) {
        UploadedFiles.Accepted file = UploadedFiles.accept(uploadedName, declaredType, content, maxSize, mediaTypes);
        MaterialContent.storeOnce(file.sha256(), content);
        Material material = new Material();
        material.id = UUID.randomUUID();
        material.applicationId = applicationId;
        material.sha256 = file.sha256();
        material.type = type;
        material.name = file.name();
        material.mediaType = file.mediaType();
        material.size = content.length;
        material.uploadedAt = OffsetDateTime.now(clock);
        material.persist();
        timeline.record(applicationId, null, actor, "MATERIAL_UPLOADED", type + ": " + file.name() + " (sha256 "
                + file.sha256() + ")", Particulars.subject(type), null);
        return material;
    }

    /** The file's bytes, after checking that they still have the digest they were stored under. */
    public byte[] read(Material material) {
        MaterialContent stored = MaterialContent.findById(material.sha256);
        if (stored == null || !UploadedFiles.sha256(stored.content).equals(material.sha256)) {
            throw ProblemException.conflict("material-corrupted", material.name, material.sha256);
        }
        return stored.content;
    }
}
