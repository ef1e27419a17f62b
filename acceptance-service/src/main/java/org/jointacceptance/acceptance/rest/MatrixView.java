package org.jointacceptance.acceptance.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.InspectionState;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.application.SectionInspection;
import org.jointacceptance.acceptance.application.SectionStatus;

/** Sections against departments: each cell the department's latest state on the section and the round of it. */
public record MatrixView(UUID applicationId, List<String> departments, List<Row> sections) {

    /** One section's row. */
    public record Row(UUID sectionId, String name, SectionStatus status, int round, Map<String, Cell> cells) {
    }

    /** One department's latest inspection of the section. */
    public record Cell(InspectionState state, int round) {
    }

    public static MatrixView of(Application application) {
        TreeSet<String> departments = new TreeSet<>();
        List<Row> rows = application.sections.stream().map(section -> row(section, departments)).toList();
        return new MatrixView(application.id, List.copyOf(departments), rows);
    }

    private static Row row(Section section, TreeSet<String> departments) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        section.inspections.stream()
                .sorted(java.util.Comparator.comparing((SectionInspection inspection) -> inspection.department)
                        .thenComparingInt(inspection -> inspection.round))
                .forEach(inspection -> cells.put(inspection.department, new Cell(inspection.state, inspection.round)));
        departments.addAll(cells.keySet());
        return new Row(section.id, section.name, section.status, section.round, cells);
    }
}
