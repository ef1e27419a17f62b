package org.jointacceptance.department.checklist;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jointacceptance.department.activity.ActivityLog;
import org.jointacceptance.department.assignment.AssignmentService;
import org.jointacceptance.department.evidence.EvidenceFile;
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
    public void markAll(UUID inspectionId, String inspector, Map<String, ItemMarking> markings) {
        mark(Checklist.forMarking(inspectionId, markings.keySet()), inspector, markings);
    }

    /** Marks items as {@link #markAll} does, and returns the whole checklist after marking. */
    @Transactional
    public Checklist markAllAndRead(UUID inspectionId, String inspector, Map<String, ItemMarking> markings) {
        return mark(Checklist.forUpdate(inspectionId), inspector, markings);
    }

    private Checklist mark(Checklist checklist, String inspector, Map<String, ItemMarking> markings) {
        checklist.inspection().requireOpen();
        assignments.actingInspector(checklist.inspection(), inspector);
        markings.forEach((code, marking) -> apply(checklist.item(code), inspector, marking));
        return checklist;
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
