package org.jointacceptance.department.checklist;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.problem.ProblemException;

/**
 * An inspection with its checklist, or with the items of it about to be marked, in their order, read together by one
 * statement. Each query's parameters are single values, never a list: Hibernate translates a query with a list anew at
 * every call, and these run at every mark.
 */
public record Checklist(Inspection inspection, List<ChecklistItem> items) {

    /** The inspection and its checklist; a missing inspection is a 404. */
    public static Checklist of(UUID inspectionId) {
        return read(query(""), inspectionId, LockModeType.NONE);
    }

    /** The inspection and its checklist, locked for a change; a missing inspection is a 404. */
    public static Checklist forUpdate(UUID inspectionId) {
        return read(query(""), inspectionId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The inspection, locked for a change, with those of its items that bear these codes, also locked (a code it does
     * not have left out); a missing inspection is a 404.
     */
    public static Checklist forMarking(UUID inspectionId, Collection<String> codes) {
        return read(query("and array_contains(?2, c.code) ").setParameter(2, codes.toArray(String[]::new)),
                inspectionId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The item under this code; a missing one is a 404. */
    public ChecklistItem item(String code) {
        return items.stream().filter(item -> item.code.equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("checklist-item", code));
    }

    private static TypedQuery<Object[]> query(String condition) {
        return Inspection.getEntityManager().createQuery("select i, c from Inspection i join ChecklistItem c "
                + "on c.inspectionId = i.id where i.id = ?1 " + condition + "order by c.position", Object[].class);
    }

    private static Checklist read(TypedQuery<Object[]> query, UUID inspectionId, LockModeType lock) {
        List<Object[]> rows = query.setParameter(1, inspectionId).setLockMode(lock).getResultList();
        if (rows.isEmpty()) { // no such inspection, or none of the items asked for
            return new Checklist(lock == LockModeType.NONE ? Inspection.existing(inspectionId)
                    : Inspection.forUpdate(inspectionId), List.of());
        }
        return new Checklist((Inspection) rows.get(0)[0], rows.stream().map(row -> (ChecklistItem) row[1]).toList());
    }
}
