package org.jointacceptance.acceptance.intake;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.clock.ClockPause;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.clock.StageDeadline;
import org.jointacceptance.acceptance.decision.DecisionService;
import org.jointacceptance.acceptance.material.Material;
import org.jointacceptance.acceptance.timeline.Timeline;
import org.jointacceptance.messaging.event.OwedMaterialOverdue;
import org.jointacceptance.messaging.event.OwedMaterialSupplied;
import org.jointacceptance.messaging.outbox.Outbox;

/**
 * Materials tolerated at intake. Once the promised day has passed, the file is with the applicant: the clock stands
 * still from that day until the material arrives, and the applicant is told why. When the last one arrives, sections
 * held for it are decided.
 */
@ApplicationScoped
public class OwedMaterials {

    private final StageDeadline deadline;
    private final DecisionService decisions;
    private final JointStageClock stageClock;
    private final Timeline timeline;
    private final Outbox outbox;

    public OwedMaterials(StageDeadline deadline, DecisionService decisions, JointStageClock stageClock,
            Timeline timeline, Outbox outbox) {
        this.deadline = deadline;
        this.decisions = decisions;
        this.stageClock = stageClock;
        this.timeline = timeline;
        this.outbox = outbox;
    }

    /**
     * Settles what the application owes of the material's type, if anything, and announces it; called as the material
     * is stored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void supplied(Application application, Material material) {
        OwedMaterial owed = OwedMaterial.<OwedMaterial>find("applicationId = ?1 and type = ?2 and suppliedOn is null",
                application.id, material.type).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (owed == null) {
            return;
        }
        pauseIfOverdue(application, owed);
        owed.suppliedOn = stageClock.today();
        owed.materialId = material.id;
        outbox.append(Application.AGGREGATE_TYPE, application.id, new OwedMaterialSupplied(application.id,
                application.project.name, application.applicant.toEvent(), owed.type, owed.name, owed.promisedBy,
                owed.suppliedOn));
        timeline.record(application.id, null, "applicant:" + application.applicant.creditCode, "OWED_MATERIAL_SUPPLIED",
                owed.type + " (promised by " + owed.promisedBy + "): " + material.name, null);
        deadline.resume(application, owed.pauseReference());
        if (!OwedMaterial.anyOutstanding(application.id)) {
            for (Section section : application.sections) {
                decisions.decideIfRoundComplete(section);
            }
        }
    }

    /** Stops the clocks of applications whose promised materials are late; returns how many clocks it stopped. */
    public int pauseOverdue() {
        List<UUID> overdue = QuarkusTransaction.requiringNew().call(() -> OwedMaterial.overdue(stageClock.today())
                .stream().map(owed -> owed.id).toList());
        int paused = 0;
        for (UUID id : overdue) {
            paused += QuarkusTransaction.requiringNew().call(() -> {
                OwedMaterial owed = OwedMaterial.findById(id, LockModeType.PESSIMISTIC_WRITE);
                return owed.suppliedOn == null && pauseIfOverdue(Application.findById(owed.applicationId), owed) ? 1 : 0;
            });
        }
        return paused;
    }

    /**
     * The pause a broken promise causes starts on the promised day: the first working day after it is not counted.
     * It is announced with the pause, once, so that the applicant learns the clock stopped and what it waits for.
     */
    private boolean pauseIfOverdue(Application application, OwedMaterial owed) {
        if (!stageClock.today().isAfter(owed.promisedBy)
                || ClockPause.count("applicationId = ?1 and reference = ?2", application.id, owed.pauseReference()) > 0) {
            return false;
        }
        deadline.pause(application, null, ClockPause.Kind.OWED_MATERIAL, owed.promisedBy, owed.pauseReference());
        outbox.append(Application.AGGREGATE_TYPE, application.id, new OwedMaterialOverdue(application.id,
                application.project.name, application.applicant.toEvent(), owed.type, owed.name, owed.promisedBy));
        return true;
    }
}
