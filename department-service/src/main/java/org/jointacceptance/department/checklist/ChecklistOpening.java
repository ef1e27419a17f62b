package org.jointacceptance.department.checklist;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.department.serving.CurrentDepartment;
import org.jointacceptance.department.serving.DepartmentConfig;
import org.jointacceptance.department.spotcheck.SpotCheckDraw;
import org.jointacceptance.messaging.acceptance.InspectionMode;
import org.jointacceptance.messaging.acceptance.RectifiedFinding;

/**
 * Opens the checklist of a new inspection. Round 1: the department's template; a filing gets the filing completeness
 * list, and the spot-check draw decides whether the full checklist is added. Round 2 and later: only the items the
 * department failed before, each with the applicant's answer and evidence; what passed stays passed.
 */
@ApplicationScoped
public class ChecklistOpening {

    static final String EARLIER_TOPIC = "Earlier findings";
    static final String EARLIER_TOPIC_ZH = "前轮查验发现的问题";

    private final ChecklistTemplates templates;
    private final CurrentDepartment department;
    private final BigDecimal spotCheckRate;

    public ChecklistOpening(ChecklistTemplates templates, CurrentDepartment department, DepartmentConfig rules) {
        this.templates = templates;
        this.department = department;
        this.spotCheckRate = rules.spotCheck().rate();
    }

    /** Persists the new inspection's checklist and records on it the templates and any spot-check draw. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(Inspection inspection, List<RectifiedFinding> rectifiedFindings) {
        List<ChecklistItem> items = inspection.round > 1 ? reInspection(inspection, rectifiedFindings) : List.of();
        if (items.isEmpty()) {
            items = fromTemplates(inspection);
        }
        items.forEach(item -> item.persist());
    }

    private List<ChecklistItem> fromTemplates(Inspection inspection) {
        List<ChecklistTemplate> opened = new ArrayList<>();
        opened.add(templates.forMode(department.code(), inspection.mode));
        if (inspection.mode == InspectionMode.FILING && inspection.round == 1) {
            SpotCheckDraw draw = SpotCheckDraw.draw(spotCheckRate);
            inspection.spotCheckSeed = draw.seed();
            inspection.spotCheckRate = draw.rate();
            inspection.spotCheckDrawn = draw.drawn();
            if (draw.drawn()) {
                opened.add(templates.acceptance(department.code()));
            }
        }
        List<ChecklistItem> items = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        inspection.checklistTemplates = Stream.concat(inspection.checklistTemplates.stream(),
                opened.stream().map(ChecklistTemplate::templateVersion)).toList();
        for (ChecklistTemplate template : opened) {
            for (ChecklistTemplate.Topic topic : template.topics()) {
                for (ChecklistTemplate.Item item : topic.items()) {
                    if (!codes.add(item.code())) {
                        throw new IllegalStateException("Checklist templates " + opened.stream()
                                .map(ChecklistTemplate::template).toList() + " both have an item " + item.code());
                    }
                    items.add(ChecklistItem.unmarked(inspection.id, items.size() + 1, item.code(), item.key(),
                            ChecklistItem.Text.of(topic, item), null));
                }
            }
        }
        return items;
    }

    private List<ChecklistItem> reInspection(Inspection inspection, List<RectifiedFinding> rectifiedFindings) {
        Inspection earlier = Inspection.<Inspection>find("sectionId = ?1 and round < ?2 order by round desc",
                inspection.sectionId, inspection.round).firstResult();
        int earlierRound = earlier != null ? earlier.round
                : rectifiedFindings.stream().mapToInt(RectifiedFinding::round).max().orElse(0);
        List<RectifiedFinding> answers = new ArrayList<>(rectifiedFindings.stream()
                .filter(answer -> answer.round() == earlierRound).toList());
        List<ChecklistItem> items = new ArrayList<>();
        if (earlier != null) {
            inspection.checklistTemplates = Stream.concat(inspection.checklistTemplates.stream(),
                    earlier.checklistTemplates.stream()).toList();
            for (ChecklistItem failed : ChecklistItem.<ChecklistItem>list(
                    "inspectionId = ?1 and mark = ?2 order by position", earlier.id, ItemMark.FAIL)) {
                RectifiedFinding answer = takeAnswer(answers, failed);
                ItemFinding finding = failed.finding;
                items.add(ChecklistItem.unmarked(inspection.id, items.size() + 1, failed.code, failed.key,
                        ChecklistItem.Text.of(failed), new EarlierFinding(earlier.round,
                                finding.description(), finding.severity(), finding.requiredAction(),
                                answer == null ? null : answer.answer(),
                                answer == null ? List.of() : answer.evidence())));
            }
        }
        for (RectifiedFinding answer : answers) {
            items.add(ChecklistItem.unmarked(inspection.id, items.size() + 1, "earlier-" + (items.size() + 1),
                    false, new ChecklistItem.Text(EARLIER_TOPIC, EARLIER_TOPIC_ZH,
                            answer.item() == null ? answer.description() : answer.item(),
                            answer.item() == null ? answer.description() : answer.itemZh(), null, null),
                    new EarlierFinding(answer.round(), answer.description(), null, answer.requiredAction(),
                            answer.answer(), answer.evidence())));
        }
        return items;
    }

    /** The applicant's answer to the finding of this item, taken out of the list so that it is used once. */
    private static RectifiedFinding takeAnswer(List<RectifiedFinding> answers, ChecklistItem failed) {
        for (Iterator<RectifiedFinding> it = answers.iterator(); it.hasNext(); ) {
            RectifiedFinding answer = it.next();
            if (Objects.equals(answer.item(), failed.title)
                    || failed.finding != null && Objects.equals(answer.description(), failed.finding.description())) {
                it.remove();
                return answer;
            }
        }
        return null;
    }
}
