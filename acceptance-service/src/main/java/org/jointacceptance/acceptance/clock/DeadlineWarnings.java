package org.jointacceptance.acceptance.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.acceptance.application.InspectionState;
import org.jointacceptance.acceptance.application.SectionInspection;
import org.jointacceptance.acceptance.timeline.Particulars;
import org.jointacceptance.acceptance.timeline.Timeline;
import org.jointacceptance.messaging.acceptance.DeadlineWarning;

/**
 * Warns when a clock runs short: yellow when few working days remain, red on the due day, overdue after it, for the
 * application's clock and each department's clock of a round. A paused application's clocks do not warn. Each
 * threshold fires once per clock: the warning is recorded under a key the database allows only once, in the same
 * transaction as its event, so restarts and replicas cannot repeat it.
 */
@ApplicationScoped
public class DeadlineWarnings {

    private final JointStageClock stageClock;
    private final EntityManager entityManager;
    private final Timeline timeline;
    private final Clock clock;
    private final int yellowWorkingDays;

    public DeadlineWarnings(JointStageClock stageClock, EntityManager entityManager, Timeline timeline,
            Clock clock, @ConfigProperty(name = "acceptance.clock.yellow-working-days") int yellowWorkingDays) {
        this.stageClock = stageClock;
        this.entityManager = entityManager;
        this.timeline = timeline;
        this.clock = clock;
        this.yellowWorkingDays = yellowWorkingDays;
    }

    /** Fires the warnings due now; returns how many fired. */
    public int check() {
        List<UUID> open = QuarkusTransaction.requiringNew().call(() -> Application.<Application>list(
                "status in ?1", List.of(ApplicationStatus.IN_INSPECTION, ApplicationStatus.RECTIFICATION_REQUIRED))
                .stream().map(application -> application.id).toList());
        int fired = 0;
        for (UUID id : open) {
            fired += QuarkusTransaction.requiringNew().call(() -> checkApplication(id));
        }
        return fired;
    }

    private int checkApplication(UUID id) {
        Application application = Application.findById(id);
        if (application.dueDate == null || ClockPause.anyOpen(id)) {
            return 0;
        }
        int fired = 0;
        if (level(application.dueDate).map(level -> fire("application:" + id, level, new DeadlineWarning(id,
                application.project.name, null, null, 0, level, application.dueDate,
                Math.max(0, stageClock.workingDaysLeft(application.dueDate)),
                stageClock.isProvisional(application.dueDate), application.keyProject))).orElse(false)) {
            fired++;
        }
        for (var section : application.sections) {
            for (SectionInspection inspection : section.inspectionsOfRound(section.round)) {
                if (inspection.state != InspectionState.REQUESTED || inspection.dueDate == null) {
                    continue;
                }
                if (level(inspection.dueDate).map(level -> fire("inspection:" + inspection.id, level,
                        new DeadlineWarning(id, application.project.name, section.id, inspection.department,
                                inspection.round, level, inspection.dueDate,
                                Math.max(0, stageClock.workingDaysLeft(inspection.dueDate)),
                                stageClock.isProvisional(inspection.dueDate), application.keyProject)))
                        .orElse(false)) {
                    fired++;
                }
            }
        }
        return fired;
    }

    private Optional<DeadlineWarning.Level> level(LocalDate dueDate) {
        LocalDate today = stageClock.today();
        if (today.isAfter(dueDate)) {
            return Optional.of(DeadlineWarning.Level.OVERDUE);
        }
        if (today.equals(dueDate)) {
            return Optional.of(DeadlineWarning.Level.RED);
        }
        return stageClock.workingDaysLeft(dueDate) <= yellowWorkingDays ? Optional.of(DeadlineWarning.Level.YELLOW)
                : Optional.empty();
    }

    private boolean fire(String clockKey, DeadlineWarning.Level level, DeadlineWarning warning) {
        int inserted = entityManager.createNativeQuery("""
                insert into clock_warning (clock_key, level, fired_at) values (:key, :level, :at)
                on conflict do nothing""")
                .setParameter("key", clockKey).setParameter("level", level.name())
                .setParameter("at", OffsetDateTime.now(clock)).executeUpdate();
        if (inserted == 0) {
            return false;
        }
        timeline.announce(warning.applicationId(), warning.sectionId(), "system", "DEADLINE_" + level,
                (warning.department() == null ? "Joint stage" : warning.department() + ", round " + warning.round())
                        + " due " + warning.dueDate(),
                Particulars.of(warning.department(), warning.round()).on(warning.dueDate()), warning);
        return true;
    }
}
