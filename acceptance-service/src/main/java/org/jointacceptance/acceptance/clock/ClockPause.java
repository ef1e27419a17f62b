package org.jointacceptance.acceptance.clock;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A time the application's clock stood still: the file was with the applicant, or a special procedure ran. */
@Entity
@Table(name = "clock_pause")
public class ClockPause extends PanacheEntityBase implements JointStageClock.Pause {

    /** Why the clock stood still. */
    public enum Kind {
        RECTIFICATION,
        CORRECTION,
        OWED_MATERIAL,
        SPECIAL_PROCEDURE
    }

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "section_id")
    public UUID sectionId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    /** What caused it, when something else than the section's own state did: a special procedure's id. */
    public String reference;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Override
    public LocalDate startedOn() {
        return startedOn;
    }

    @Override
    public LocalDate endedOn() {
        return endedOn;
    }

    public static List<ClockPause> ofApplication(UUID applicationId) {
        return list("applicationId", applicationId);
    }

    /** Whether a pause of the application's clock has not ended. */
    public static boolean anyOpen(UUID applicationId) {
        return !getEntityManager().createQuery("select 1 from ClockPause where applicationId = ?1 and endedOn is null",
                Integer.class).setParameter(1, applicationId).setMaxResults(1).getResultList().isEmpty();
    }

    /** Whether the application's clock was paused for the reference, ended or not. */
    public static boolean pausedFor(UUID applicationId, String reference) {
        return !getEntityManager().createQuery("select 1 from ClockPause where applicationId = ?1 and reference = ?2",
                Integer.class).setParameter(1, applicationId).setParameter(2, reference).setMaxResults(1)
                .getResultList().isEmpty();
    }
}
