package org.jointacceptance.department.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;
import org.jointacceptance.calendar.WorkingCalendar;
import org.jointacceptance.calendar.announced.AnnouncedCalendar;
import org.jointacceptance.department.activity.ActivityLog;
import org.jointacceptance.department.checklist.ChecklistOpening;
import org.jointacceptance.department.inspection.Declared;
import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.department.inspection.InspectionState;
import org.jointacceptance.department.inspection.RequestedMaterial;
import org.jointacceptance.department.serving.CurrentDepartment;
import org.jointacceptance.messaging.EventEnvelope;
import org.jointacceptance.messaging.acceptance.ApplicationTerminated;
import org.jointacceptance.messaging.acceptance.InspectionRequested;
import org.jointacceptance.messaging.acceptance.KeyProjectMarked;
import org.jointacceptance.messaging.acceptance.ResultQuestioned;
import org.jointacceptance.messaging.acceptance.RoutingChanged;
import org.jointacceptance.messaging.inbox.Inbox;

/** Puts inspection requests into this department's inbox, each with its checklist opened. */
@ApplicationScoped
public class InspectionService {

    private static final Logger LOG = Logger.getLogger(InspectionService.class);

    private static final String SYSTEM = "system";

    private final CurrentDepartment department;
    private final Inbox inbox;
    private final ChecklistOpening checklists;
    private final ActivityLog activity;
    private final AnnouncedCalendar announcedCalendar;
    private final Clock clock;

    public InspectionService(CurrentDepartment department, Inbox inbox, ChecklistOpening checklists,
            ActivityLog activity, AnnouncedCalendar announcedCalendar, Clock clock) {
        this.department = department;
        this.inbox = inbox;
        this.checklists = checklists;
        this.activity = activity;
        this.announcedCalendar = announcedCalendar;
        this.clock = clock;
    }

    /**
     * Files a request addressed to this department; a request seen before, or addressed to another department (most
     * of those every department reads: they pass without a transaction), changes nothing.
     */
    public void receive(EventEnvelope envelope, InspectionRequested request) {
        if (request.department().equals(department.code())) {
            QuarkusTransaction.joiningExisting().run(() -> file(envelope, request));
        }
    }

    private void file(EventEnvelope envelope, InspectionRequested request) {
        if (!inbox.firstDelivery(envelope)) {
            return;
        }
        if (Inspection.filed(request.sectionId(), request.round())) {
            return;
        }
        Inspection inspection = new Inspection();
        inspection.id = UUID.randomUUID();
        inspection.applicationId = request.applicationId();
        inspection.sectionId = request.sectionId();
        inspection.sectionName = request.sectionName();
        inspection.round = request.round();
        inspection.mode = request.mode();
        inspection.projectCode = request.projectCode();
        inspection.projectName = request.projectName();
        inspection.address = request.address();
        inspection.district = request.district();
        inspection.dueDate = request.dueDate();
        inspection.requestedDueDate = request.dueDate();
        inspection.keyProject = request.keyProject();
        inspection.declared = new ArrayList<>(request.declared().stream().map(Declared::of).toList());
        inspection.materials = new ArrayList<>(request.materials().stream().map(RequestedMaterial::of).toList());
        inspection.state = InspectionState.PENDING;
        inspection.requestedAt = OffsetDateTime.now(clock);
        inspection.persist();
        checklists.open(inspection, request.rectifiedFindings());
        activity.record(inspection.id, SYSTEM, "REQUESTED", "Round " + inspection.round + ", " + inspection.mode
                + (inspection.dueDate == null ? "" : ", due " + inspection.dueDate)
                + (inspection.spotCheckDrawn == null ? "" : (inspection.spotCheckDrawn ? "; drawn" : "; not drawn")
                        + " for a spot check (seed " + inspection.spotCheckSeed + ", rate "
                        + inspection.spotCheckRate.toPlainString() + ")"));
    }

    /** The lead coordinator took this department off a section: its open inspection of that round is withdrawn. */
    @Transactional
    public void routingChanged(EventEnvelope envelope, RoutingChanged change) {
        if (!change.department().equals(department.code()) || change.change() != RoutingChanged.Change.WITHDRAWN
                || !inbox.firstDelivery(envelope)) {
            return;
        }
        Inspection.<Inspection>list("sectionId = ?1 and round = ?2", change.sectionId(), change.round())
                .forEach(inspection -> withdraw(inspection, "coordinator:" + change.coordinator(),
                        "Withdrawn by the lead coordinator: " + change.reason()));
    }

    /**
     * The application became a key project: its inspections here come first in the inbox, and each one still awaited
     * takes the shorter due date acceptance-service counted for it.
     */
    @Transactional
    public void keyProjectMarked(EventEnvelope envelope, KeyProjectMarked marked) {
        if (!inbox.firstDelivery(envelope)) {
            return;
        }
        WorkingCalendar calendar = announcedCalendar.current();
        for (Inspection inspection : Inspection.<Inspection>list("applicationId", marked.applicationId())) {
            LocalDate shorter = marked.inspections().stream()
                    .filter(due -> due.department().equals(department.code())
                            && due.sectionId().equals(inspection.sectionId) && due.round() == inspection.round)
                    .map(KeyProjectMarked.InspectionDue::dueDate).findFirst().orElse(null);
            LocalDate before = inspection.dueDate;
            boolean moved = inspection.becomeKeyProject(shorter, calendar);
            activity.record(inspection.id, "coordinator:" + marked.coordinatorLogin(), "KEY_PROJECT",
                    "A key project: " + marked.reason() + (moved ? "; due " + before + " -> " + inspection.dueDate
                            : ""));
        }
    }

    /** The lead center asks about one of this department's results: the inspection shows the question until answered. */
    @Transactional
    public void resultQuestioned(EventEnvelope envelope, ResultQuestioned questioned) {
        if (!questioned.department().equals(department.code()) || !inbox.firstDelivery(envelope)) {
            return;
        }
        Inspection inspection = Inspection.findById(questioned.inspectionId(), LockModeType.PESSIMISTIC_WRITE);
        if (inspection == null || !inspection.questioned(questioned.question(), questioned.leadName(),
                OffsetDateTime.now(clock))) {
            LOG.warnf("No submitted inspection %s for the lead center's question", questioned.inspectionId());
            return;
        }
        activity.record(inspection.id, "lead-center:" + questioned.leadLogin(), "QUESTIONED", questioned.question());
    }

    /** The application was terminated: every open inspection of it is withdrawn. */
    @Transactional
    public void applicationTerminated(EventEnvelope envelope, ApplicationTerminated terminated) {
        if (!inbox.firstDelivery(envelope)) {
            return;
        }
        Inspection.<Inspection>list("applicationId", terminated.applicationId())
                .forEach(inspection -> withdraw(inspection, "coordinator:" + terminated.coordinator(),
                        "The application was terminated: " + terminated.reason()));
    }

    private void withdraw(Inspection inspection, String actor, String reason) {
        if (inspection.submitted() || inspection.state == InspectionState.WITHDRAWN) {
            return;
        }
        inspection.state = InspectionState.WITHDRAWN;
        inspection.withdrawnReason = reason;
        activity.record(inspection.id, actor, "WITHDRAWN", reason);
    }
}
