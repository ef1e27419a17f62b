package org.jointacceptance.acceptance.project;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.application.SectionStatus;

/**
 * An application's section for a project's section, as it stands: it holds the project's section while its
 * application is open for it, and for good once accepted; a draft, an application not accepted or ended, and a
 * rejected section hold nothing, and the section may be applied for again.
 */
public record SectionClaim(UUID projectSectionId, UUID applicationId, String applicationNumber, UUID sectionId,
        ApplicationStatus applicationStatus, SectionStatus sectionStatus, OffsetDateTime submittedAt) {

    /** What an application's section makes of the project's section. */
    public enum Hold {
        /** Nothing: the section may be applied for. */
        NONE,
        /** Applied for, not yet decided. */
        OPEN,
        /** Accepted: it may be put into use, and is not applied for again. */
        ACCEPTED
    }

    public Hold hold() {
        if (List.of(ApplicationStatus.DRAFT, ApplicationStatus.NOT_ACCEPTED, ApplicationStatus.TERMINATED)
                .contains(applicationStatus) || sectionStatus == SectionStatus.REJECTED) {
            return Hold.NONE;
        }
        return sectionStatus == SectionStatus.ACCEPTED ? Hold.ACCEPTED : Hold.OPEN;
    }

    /**
     * Every application's section for the project's sections, the earliest submitted first, as committed when asked
     * (read as values, never from entities already loaded).
     */
    static List<SectionClaim> of(EntityManager entityManager, UUID projectId) {
        return entityManager.createQuery("select new " + SectionClaim.class.getName() + "(s.projectSectionId, a.id, "
                + "a.number, s.id, a.status, s.status, a.submittedAt) from Section s join s.application a "
                + "where a.projectId = :project and s.projectSectionId is not null order by a.submittedAt, s.position",
                SectionClaim.class).setParameter("project", projectId).getResultList();
    }
}
