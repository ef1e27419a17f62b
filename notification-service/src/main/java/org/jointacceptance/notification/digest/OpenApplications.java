package org.jointacceptance.notification.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jointacceptance.messaging.acceptance.StageClockChanged;
import org.jointacceptance.notification.notice.DailyDigest;

/**
 * The digest's view of the applications: each one's joint-stage clock and due date exactly as acceptance-service,
 * which keeps the clock, last told it (StageClockChanged). Nothing here counts a pause or decides when an application
 * closes.
 */
@ApplicationScoped
public class OpenApplications {

    private final EntityManager entityManager;

    public OpenApplications(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void clockChanged(StageClockChanged clock) {
        entityManager.createNativeQuery("""
                insert into open_application (application_id, project_name, due_date, clock_state)
                values (:id, cast(:project as text), :due, :state)
                on conflict (application_id) do update set due_date = excluded.due_date,
                clock_state = excluded.clock_state,
                project_name = coalesce(excluded.project_name, open_application.project_name)""")
                .setParameter("id", clock.applicationId()).setParameter("project", clock.projectName())
                .setParameter("due", clock.dueDate()).setParameter("state", clock.state().name()).executeUpdate();
    }

    /** The applications whose clock runs, due by {@code dueSoonUntil}, as {@code day}'s digest lists them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DailyDigest digest(LocalDate day, LocalDate dueSoonUntil, Optional<Integer> awaitedYear) {
        List<DailyDigest.DueApplication> overdue = new ArrayList<>();
        List<DailyDigest.DueApplication> dueToday = new ArrayList<>();
        List<DailyDigest.DueApplication> dueSoon = new ArrayList<>();
        List<OpenApplication> due = entityManager.createQuery("""
                from OpenApplication where clockState = :running and dueDate <= :until
                order by dueDate, projectName, applicationId""", OpenApplication.class)
                .setParameter("running", StageClockChanged.State.RUNNING).setParameter("until", dueSoonUntil)
                .getResultList();
        for (OpenApplication application : due) {
            (application.dueDate.isBefore(day) ? overdue : application.dueDate.isEqual(day) ? dueToday : dueSoon)
                    .add(new DailyDigest.DueApplication(application.applicationId, application.projectName,
                            application.dueDate));
        }
        DailyDigest.AwaitedYear awaited = awaitedYear.map(year -> new DailyDigest.AwaitedYear(year, entityManager
                .createQuery("select count(*) from OpenApplication where clockState <> :closed and dueDate >= :from",
                        Long.class)
                .setParameter("closed", StageClockChanged.State.CLOSED).setParameter("from", LocalDate.of(year, 1, 1))
                .getSingleResult())).orElse(null);
        return new DailyDigest(day, dueSoonUntil, overdue, dueToday, dueSoon, awaited);
    }
}
