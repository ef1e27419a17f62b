package org.jointacceptance.department.checklist;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.problem.ProblemException;

/** An inspection with its checklist, the items in their order, read together by one statement. */
public record Checklist(Inspection inspection, List<ChecklistItem> items) {

    /** The inspection and its checklist; a missing inspection is a 404. */
    public static Checklist of(UUID inspectionId) {
        return read(inspectionId, LockModeType.NONE);
    }

    /** The inspection and its checklist, locked for a change; a missing inspection is a 404. */
    public static Checklist forUpdate(UUID inspectionId) {
        return read(inspectionId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The item under this code; a missing one is a 404. */
    public ChecklistItem item(String code) {
        return items.stream().filter(item -> item.code.equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("checklist-item", code));
    }

    private static Checklist read(UUID inspectionId, LockModeType lock) {
        // Its one parameter is never a list: Hibernate translates a query with a list anew at every call.
        List<Object[]> rows = Inspection.getEntityManager().createQuery("select i, c from Inspection i "
                + "join ChecklistItem c on c.inspectionId = i.id where i.id = ?1 order by c.position", Object[].class)
                .setParameter(1, inspectionId).setLockMode(lock).getResultList();
        if (rows.isEmpty()) { // no such inspection, or one without a checklist
            return new Checklist(lock == LockModeType.NONE ? Inspection.existing(inspectionId)
                    : Inspection.forUpdate(inspectionId), List.of());
        }
        return new Checklist((Inspection) rows.get(0)[0], rows.stream().map(row -> (ChecklistItem) row[1]).toList());
    }
}
