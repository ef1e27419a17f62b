package org.jointacceptance.acceptance.owed;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.timeline.Particulars;
import org.jointacceptance.acceptance.timeline.Timeline;
import org.jointacceptance.messaging.acceptance.OwedMaterialDue;

/**
 * Reminds the applicant that a material tolerated at intake falls due: on the last working day before the promised
 * day, or, when that day was missed, at a later check up to the promised day itself, never after it (a broken promise
 * stops the clock instead: {@link OwedMaterials}). Once per owed material, never for one supplied: the reminder is
 * recorded on the material in the transaction that announces it.
 */
@ApplicationScoped
public class OwedMaterialReminders {

    private final JointStageClock stageClock;
    private final Timeline timeline;

    public OwedMaterialReminders(JointStageClock stageClock, Timeline timeline) {
        this.stageClock = stageClock;
        this.timeline = timeline;
    }

    /** Reminds of the promises that fall due; returns how many reminders went, each in its own transaction. */
    public int remindDue() {
        List<UUID> unreminded = QuarkusTransaction.requiringNew().call(() -> OwedMaterial.unreminded(stageClock.today())
                .stream().map(owed -> owed.id).toList());
        int reminded = 0;
        for (UUID id : unreminded) {
            reminded += QuarkusTransaction.requiringNew().call(() -> {
                OwedMaterial owed = OwedMaterial.findById(id, LockModeType.PESSIMISTIC_WRITE);
                LocalDate today = stageClock.today();
                if (!owed.toRemindOn(today, stageClock.calendar())) {
                    return 0;
                }
                remind(Application.findById(owed.applicationId), owed, today);
                return 1;
            });
        }
        return reminded;
    }

    private void remind(Application application, OwedMaterial owed, LocalDate today) {
        owed.remindedOn = today;
        timeline.announce(application.id, null, "system", "OWED_MATERIAL_DUE",
                owed.type + " (" + owed.name + ") promised by " + owed.promisedBy + ": the applicant is reminded",
                Particulars.subject(owed.type).on(owed.promisedBy),
                new OwedMaterialDue(application.id, application.project.name, application.applicant.toEvent(),
                        owed.type, owed.name, owed.promisedBy, owed.nameZh));
    }
}
