package org.jointacceptance.notification.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jointacceptance.messaging.event.ApplicationTerminated;
import org.jointacceptance.messaging.event.CompletionFilingIssued;
import org.jointacceptance.messaging.event.DeadlineWarning;
import org.jointacceptance.messaging.event.DueDateChanged;
import org.jointacceptance.messaging.event.IntakeDecided;
import org.jointacceptance.messaging.event.IntakeOutcome;
import org.jointacceptance.messaging.event.OwedMaterialOverdue;
import org.jointacceptance.messaging.event.OwedMaterialSupplied;
import org.jointacceptance.messaging.event.RectificationSubmitted;
import org.jointacceptance.messaging.event.SectionDecided;
import org.jointacceptance.messaging.event.SectionDecision;
import org.jointacceptance.messaging.event.SpecialProcedureClosed;
import org.jointacceptance.messaging.event.SpecialProcedureOpened;
import org.jointacceptance.notification.notice.DailyDigest;

/**
 * The digest's view of the applications, learnt from the events in the transaction that consumes each: which are
 * open, when each joint stage is due, and what stops its clock. An accepted intake opens an application with its due
 * date; a new due date or a warning on the joint stage's clock updates it; a rectification notice stops the clock
 * until the section is rectified, and so does a department's special procedure until it closes; the completion
 * filing, a rejected section or the termination closes the application, and a rectification (of a reopened section)
 * opens it again. A material owed under tolerance and late stops the clock too, until it is supplied.
 */
@ApplicationScoped
public class OpenApplications {

    private final EntityManager entityManager;
    private final Clock clock;

    public OpenApplications(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void intakeDecided(IntakeDecided event) {
        if ((event.outcome() == IntakeOutcome.ACCEPTED || event.outcome() == IntakeOutcome.ACCEPTED_WITH_TOLERANCE)
                && event.dueDate() != null) {
            due(event.applicationId(), event.projectName(), event.dueDate());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void dueDateChanged(DueDateChanged event) {
        due(event.applicationId(), event.projectName(), event.dueDate());
    }

    /** A warning on the joint stage's clock carries its due date; a department's clock is not the digest's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deadlineWarning(DeadlineWarning event) {
        if (event.department() == null) {
            due(event.applicationId(), event.projectName(), event.dueDate());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sectionDecided(SectionDecided event) {
        String rectification = rectification(event.sectionId());
        if (event.decision() == SectionDecision.RECTIFICATION_REQUIRED) {
            paused(event.applicationId(), rectification);
        } else {
            resumed(event.applicationId(), rectification);
            if (event.decision() == SectionDecision.REJECTED) {
                closed(event.applicationId());
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rectificationSubmitted(RectificationSubmitted event) {
        resumed(event.applicationId(), rectification(event.sectionId()));
        entityManager.createNativeQuery("update open_application set closed_at = null where application_id = :id")
                .setParameter("id", event.applicationId()).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void filingIssued(CompletionFilingIssued event) {
        closed(event.applicationId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applicationTerminated(ApplicationTerminated event) {
        closed(event.applicationId());
    }

    private void closed(UUID applicationId) {
        entityManager.createNativeQuery("""
                update open_application set closed_at = :at where application_id = :id and closed_at is null""")
                .setParameter("at", OffsetDateTime.now(clock)).setParameter("id", applicationId).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void specialProcedureOpened(SpecialProcedureOpened event) {
        paused(event.applicationId(), procedure(event.procedureId()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void specialProcedureClosed(SpecialProcedureClosed event) {
        resumed(event.applicationId(), procedure(event.procedureId()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void owedMaterialOverdue(OwedMaterialOverdue event) {
        paused(event.applicationId(), owedMaterial(event.materialType()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void owedMaterialSupplied(OwedMaterialSupplied event) {
        resumed(event.applicationId(), owedMaterial(event.materialType()));
    }

    /** The open applications whose clock runs, due by {@code dueSoonUntil}, as {@code day}'s digest lists them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DailyDigest digest(LocalDate day, LocalDate dueSoonUntil, Optional<Integer> awaitedYear) {
        List<DailyDigest.DueApplication> overdue = new ArrayList<>();
        List<DailyDigest.DueApplication> dueToday = new ArrayList<>();
        List<DailyDigest.DueApplication> dueSoon = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<OpenApplication> due = entityManager.createNativeQuery("""
                select * from open_application a where closed_at is null and due_date <= :until
                and not exists (select 1 from clock_pause p where p.application_id = a.application_id)
                order by due_date, project_name, application_id""", OpenApplication.class)
                .setParameter("until", dueSoonUntil).getResultList();
        for (OpenApplication application : due) {
            (application.dueDate.isBefore(day) ? overdue : application.dueDate.isEqual(day) ? dueToday : dueSoon)
                    .add(new DailyDigest.DueApplication(application.applicationId, application.projectName,
                            application.dueDate));
        }
        DailyDigest.AwaitedYear awaited = awaitedYear.map(year -> new DailyDigest.AwaitedYear(year, ((Number)
                entityManager.createNativeQuery("select count(*) from open_application where closed_at is null"
                        + " and due_date >= :from").setParameter("from", LocalDate.of(year, 1, 1)).getSingleResult())
                        .longValue())).orElse(null);
        return new DailyDigest(day, dueSoonUntil, overdue, dueToday, dueSoon, awaited);
    }

    private void due(UUID applicationId, String projectName, LocalDate dueDate) {
        entityManager.createNativeQuery("""
                insert into open_application (application_id, project_name, due_date)
                values (:id, cast(:project as text), :due)
                on conflict (application_id) do update set due_date = excluded.due_date, closed_at = null,
                project_name = coalesce(excluded.project_name, open_application.project_name)""")
                .setParameter("id", applicationId).setParameter("project", projectName)
                .setParameter("due", dueDate).executeUpdate();
    }

    private void paused(UUID applicationId, String cause) {
        entityManager.createNativeQuery("""
                insert into clock_pause (application_id, cause) values (:id, :cause) on conflict do nothing""")
                .setParameter("id", applicationId).setParameter("cause", cause).executeUpdate();
    }

    private void resumed(UUID applicationId, String cause) {
        entityManager.createNativeQuery("delete from clock_pause where application_id = :id and cause = :cause")
                .setParameter("id", applicationId).setParameter("cause", cause).executeUpdate();
    }

    private static String rectification(UUID sectionId) {
        return "rectification:" + sectionId;
    }

    private static String owedMaterial(String type) {
        return "owed-material:" + type;
    }

    private static String procedure(UUID procedureId) {
        return "special-procedure:" + procedureId;
    }
}
