package org.jointacceptance.department.checklist;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jointacceptance.department.activity.ActivityLog;
import org.jointacceptance.department.assignment.AssignmentService;
import org.jointacceptance.department.evidence.EvidenceFile;
import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.messaging.department.Finding;
import org.jointacceptance.problem.ProblemException;

/** Marks checklist items: pass, not applicable (a key item only with a note), or fail with a finding. */
@ApplicationScoped
public class ChecklistService {

    private final AssignmentService assignments;
    private final ActivityLog activity;
    private final Clock clock;

    public ChecklistService(AssignmentService assignments, ActivityLog activity, Clock clock) {
        this.assignments = assignments;
        this.activity = activity;
        this.clock = clock;
    }

    /**
     * Marks items of an inspection that has no result yet, each under its code, in the order given: all of them, or
     * none when one is refused; marking again replaces the earlier mark. Reads only the items it marks.
     */
    @Transactional
    public Inspection markAll(UUID inspectionId, String inspector, Map<String, ItemMarking> markings) {
        Marked locked = lockedWithItems(inspectionId, markings.keySet());
        apply(locked, inspector, markings);
        return locked.inspection();
    }

    /**
     * Marks items as {@link #markAll} does, and returns the inspection's whole checklist after marking, read in the
     * same transaction.
     */
    @Transactional
    public Marked markAllAndRead(UUID inspectionId, String inspector, Map<String, ItemMarking> markings) {
        Marked locked = new Marked(Inspection.forUpdate(inspectionId), ChecklistItem.of(inspectionId));
        apply(locked, inspector, markings);
        return locked;
    }

    /** An inspection and items of its checklist: those just marked, or the whole checklist after marking. */
    public record Marked(Inspection inspection, List<ChecklistItem> items) {
    }

    /**
     * The inspection, locked for a change, and its items of these codes (an unknown code left out), read by one
     * statement; a missing inspection is a 404.
     */
    private static Marked lockedWithItems(UUID inspectionId, Collection<String> codes) {
        List<Object[]> rows = Inspection.getEntityManager().createQuery("select i, c from Inspection i "
                + "join ChecklistItem c on c.inspectionId = i.id where i.id = ?1 and c.code in ?2", Object[].class)
                .setParameter(1, inspectionId).setParameter(2, codes).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (rows.isEmpty()) { // no such inspection, or none of the codes is its item
            return new Marked(Inspection.forUpdate(inspectionId), List.of());
        }
        return new Marked((Inspection) rows.get(0)[0], rows.stream().map(row -> (ChecklistItem) row[1]).toList());
    }

    private void apply(Marked locked, String inspector, Map<String, ItemMarking> markings) {
        locked.inspection().requireOpen();
        assignments.actingInspector(locked.inspection(), inspector);
        Map<String, ChecklistItem> byCode = new HashMap<>();
        locked.items().forEach(item -> byCode.put(item.code, item));
        markings.forEach((code, marking) -> {
            ChecklistItem item = byCode.get(code);
            if (item == null) {
                throw ProblemException.notFound("checklist-item", code);
            }
            apply(item, inspector, marking);
        });
    }

    /** The item of the inspection's checklist; a missing one is a 404. */
    public static ChecklistItem item(UUID inspectionId, String code) {
        ChecklistItem item = ChecklistItem.of(inspectionId, code);
        if (item == null) {
            throw ProblemException.notFound("checklist-item", code);
        }
        return item;
    }

    /** Applies the marking to the item; true when it changed anything. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(ChecklistItem item, String inspector, ItemMarking marking) {
        ItemFinding finding = finding(item, marking);
        if (item.mark == marking.mark() && Objects.equals(item.note, marking.note())
                && Objects.equals(item.finding, finding)) {
            return false;
        }
        item.mark = marking.mark();
        item.note = marking.note();
        item.finding = finding;
        item.markedBy = inspector;
        item.markedAt = OffsetDateTime.now(clock);
        activity.record(item.inspectionId, inspector, "ITEM_MARKED", item.code + " " + item.mark
                + (finding == null ? "" : ": " + finding.description()));
        return true;
    }

    private static ItemFinding finding(ChecklistItem item, ItemMarking marking) {
        FindingRequest requested = marking.finding();
        switch (marking.mark()) {
            case FAIL -> {
                if (requested == null) {
                    throw ProblemException.invalid("failed-item-without-finding", item.code);
                }
            }
            case NOT_APPLICABLE -> {
                if (item.key && (marking.note() == null || marking.note().isBlank())) {
                    throw ProblemException.invalid("key-item-not-applicable-without-note", item.code);
                }
            }
            case PASS -> {
                // nothing more to say about a passed item
            }
        }
        if (requested == null) {
            return null;
        }
        if (marking.mark() != ItemMark.FAIL) {
            throw ProblemException.invalid("finding-without-failure", item.code);
        }
        if (requested.rectifiable() && (requested.requiredAction() == null || requested.requiredAction().isBlank())) {
            throw ProblemException.invalid("rectifiable-finding-without-action", item.code);
        }
        List<Finding.Evidence> evidence = new ArrayList<>();
        for (String sha256 : requested.evidence() == null ? List.<String>of() : requested.evidence().stream().distinct().toList()) {
            EvidenceFile file = EvidenceFile.of(item.inspectionId, sha256);
            if (file == null) {
                throw ProblemException.refused("unknown-evidence", sha256);
            }
            evidence.add(file.asEvidence());
        }
        return new ItemFinding(requested.description(), requested.severity(), requested.rectifiable(),
                requested.requiredAction(), evidence);
    }
}
