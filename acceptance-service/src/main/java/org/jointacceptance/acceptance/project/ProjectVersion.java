package org.jointacceptance.acceptance.project;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.jointacceptance.acceptance.application.Project;

/** One version of a registered project's attributes: as declared, by whom, when and why; never changed afterwards. */
@Entity
@Table(name = "project_version")
public class ProjectVersion extends PanacheEntityBase {

    /** What made the version. */
    public enum Occasion {
        /** The firm registered the project. */
        REGISTERED,
        /** An application declared the project: registered it, or changed its details. */
        APPLIED,
        /** The firm changed the details, saying why. */
        CHANGED,
        /** Registered from the applications made before projects were registered. */
        MIGRATED
    }

    /** A project's version number. */
    @Embeddable
    public record Key(@Column(name = "project_id") UUID projectId, int version) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    public Occasion occasion;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    /** Who declared it: {@code applicant:<credit code>}, or {@code migration}. */
    @Column(name = "changed_by")
    public String changedBy;

    /** Why, in English for the record: the firm's own words for a change. */
    public String reason;

    @Embedded
    public Project attributes;

    static ProjectVersion of(RegisteredProject project, Occasion occasion, OffsetDateTime at, String by,
            String reason) {
        ProjectVersion version = new ProjectVersion();
        version.key = new Key(project.id, project.version);
        version.occasion = occasion;
        version.changedAt = at;
        version.changedBy = by;
        version.reason = reason;
        version.attributes = project.attributes.copy();
        return version;
    }

    /** The project's versions, the first first. */
    public static List<ProjectVersion> of(UUID projectId) {
        return list("key.projectId = ?1 order by key.version", projectId);
    }
}
