package org.jointacceptance.department.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jointacceptance.department.checklist.ChecklistItem;
import org.jointacceptance.department.checklist.ChecklistVerdict;
import org.jointacceptance.department.checklist.EarlierFinding;
import org.jointacceptance.department.checklist.ItemFinding;
import org.jointacceptance.department.checklist.ItemMark;
import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.department.inspection.TemplateVersion;
import org.jointacceptance.messaging.acceptance.InspectionMode;
import org.jointacceptance.messaging.department.InspectionResult;

/**
 * An inspection's checklist in order, topic by topic, with the result it gives so far ({@code verdict}, none while
 * items are unmarked). On a re-inspection each item shows the earlier finding and the applicant's answer.
 */
public record ChecklistView(UUID inspectionId, int round, InspectionMode mode, List<TemplateVersion> templates,
        InspectionView.SpotCheck spotCheck, int items, int unmarked, InspectionResult verdict, List<Item> checklist) {

    /** One item as marked; its topic, title and guidance in English and in Chinese ({@code Zh}). */
    public record Item(String code, String topic, String topicZh, String title, String titleZh, boolean key,
            String guidance, String guidanceZh, ItemMark mark, String note, String markedBy, OffsetDateTime markedAt,
            ItemFinding finding, EarlierFinding earlier) {

        static Item of(ChecklistItem item) {
            return new Item(item.code, item.topic, item.topicZh, item.title, item.titleZh, item.key, item.guidance,
                    item.guidanceZh, item.mark, item.note, item.markedBy, item.markedAt, item.finding, item.earlier);
        }
    }

    public static ChecklistView of(Inspection inspection, List<ChecklistItem> items) {
        ChecklistVerdict verdict = ChecklistVerdict.of(items);
        return new ChecklistView(inspection.id, inspection.round, inspection.mode,
                List.copyOf(inspection.checklistTemplates),
                inspection.spotCheckDrawn == null ? null : new InspectionView.SpotCheck(inspection.spotCheckSeed,
                        inspection.spotCheckRate.stripTrailingZeros(), inspection.spotCheckDrawn),
                items.size(), verdict.unmarked().size(), verdict.result(), items.stream().map(Item::of).toList());
    }
}
