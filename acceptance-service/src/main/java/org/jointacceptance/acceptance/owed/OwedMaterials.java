package org.jointacceptance.acceptance.owed;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.clock.ClockPause;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.clock.StageDeadline;
import org.jointacceptance.acceptance.material.Material;
import org.jointacceptance.acceptance.timeline.Particulars;
import org.jointacceptance.acceptance.timeline.Timeline;
import org.jointacceptance.messaging.acceptance.OwedMaterialOverdue;
import org.jointacceptance.messaging.acceptance.OwedMaterialSupplied;

/**
 * Materials tolerated at intake. Once the promised day has passed, the file is with the applicant: the clock stands
 * still from that day until the material arrives, and the applicant is told why. When the last one arrives, it says
 * so ({@link AllSupplied}), and the sections held for it are decided.
 */
@ApplicationScoped
public class OwedMaterials {

    private final StageDeadline deadline;
    private final Event<AllSupplied> allSupplied;
    private final JointStageClock stageClock;
    private final Timeline timeline;

    public OwedMaterials(StageDeadline deadline, Event<AllSupplied> allSupplied, JointStageClock stageClock,
            Timeline timeline) {
        this.deadline = deadline;
        this.allSupplied = allSupplied;
        this.stageClock = stageClock;
        this.timeline = timeline;
    }

    /** The application owes nothing any more: the last material owed since intake arrived, in this transaction. */
    public record AllSupplied(Application application) {
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
        timeline.announce(application.id, null, "applicant:" + application.applicant.creditCode,
                "OWED_MATERIAL_SUPPLIED", owed.type + " (promised by " + owed.promisedBy + "): " + material.name,
                Particulars.subject(owed.type).on(owed.promisedBy),
                new OwedMaterialSupplied(application.id, application.project.name, application.applicant.toEvent(),
                        owed.type, owed.name, owed.promisedBy, owed.suppliedOn));
        deadline.resume(application, owed.pauseReference());
        if (!OwedMaterial.anyOutstanding(application.id)) {
            allSupplied.fire(new AllSupplied(application));
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
                || ClockPause.pausedFor(application.id, owed.pauseReference())) {
            return false;
        }
        deadline.pause(application, null, ClockPause.Kind.OWED_MATERIAL, owed.promisedBy, owed.pauseReference());
        timeline.announce(application.id, new OwedMaterialOverdue(application.id,
                application.project.name, application.applicant.toEvent(), owed.type, owed.name, owed.promisedBy,
                owed.nameZh));
        return true;
    }
}
