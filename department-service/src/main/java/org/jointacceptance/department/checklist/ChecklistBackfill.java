package org.jointacceptance.department.checklist;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;
import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.department.inspection.InspectionState;
import org.jointacceptance.department.serving.ServedDepartments;
import org.jointacceptance.messaging.ReadAtStart;

/**
 * At start, in each department served, opens the checklist of every inspection still without a result that has
 * none: those filed before checklists existed. Without it their empty checklist would give a result no one checked.
 */
@ApplicationScoped
public class ChecklistBackfill {

    private static final Logger LOG = Logger.getLogger(ChecklistBackfill.class);

    private final ServedDepartments served;
    private final ChecklistOpening opening;

    public ChecklistBackfill(ServedDepartments served, ChecklistOpening opening) {
        this.served = served;
        this.opening = opening;
    }

    void onStart(@Observes StartupEvent start) {
        served.each(() -> ReadAtStart.retrying("opening the checklists of inspections without one",
                () -> QuarkusTransaction.requiringNew().run(this::openMissingChecklists)));
    }

    private void openMissingChecklists() {
        List<Inspection> withoutChecklist = Inspection.list("from Inspection inspection where inspection.state <> ?1 "
                + "and not exists (select 1 from ChecklistItem item where item.inspectionId = inspection.id)",
                InspectionState.SUBMITTED);
        for (Inspection inspection : withoutChecklist) {
            opening.open(inspection, List.of());
        }
        if (!withoutChecklist.isEmpty()) {
            LOG.infof("Opened the checklists of %d inspection(s) filed before checklists existed", withoutChecklist.size());
        }
    }
}
