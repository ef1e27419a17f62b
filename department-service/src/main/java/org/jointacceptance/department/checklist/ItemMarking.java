package org.jointacceptance.department.checklist;

/** How one checklist item is to be marked: pass, fail (with its finding) or not applicable, with a note. */
public record ItemMarking(ItemMark mark, String note, FindingRequest finding) {
}
