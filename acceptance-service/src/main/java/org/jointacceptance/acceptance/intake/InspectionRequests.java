package org.jointacceptance.acceptance.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.Project;
import org.jointacceptance.acceptance.application.Rectification;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.application.SectionInspection;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.material.Material;
import org.jointacceptance.messaging.acceptance.InspectionRequested.Declaration;
import org.jointacceptance.messaging.acceptance.InspectionRequested;

/**
 * The request that asks a department to inspect: what the project declared, and links to the application's
 * materials of the kinds this department requires, so that its inspectors need not ask the firm again.
 */
@ApplicationScoped
public class InspectionRequests {

    private final RequiredMaterials requiredMaterials;
    private final JointStageClock stageClock;

    public InspectionRequests(RequiredMaterials requiredMaterials, JointStageClock stageClock) {
        this.requiredMaterials = requiredMaterials;
        this.stageClock = stageClock;
    }

    /**
     * The request for {@code inspection}; {@code materials} are its application's ({@link Material#ofApplication}),
     * read once by a caller that asks several departments.
     */
    public InspectionRequested of(SectionInspection inspection, List<Rectification.Answer> rectifiedFindings,
            List<Material> materials) {
        Section section = inspection.section;
        Application application = section.application;
        Project project = application.project;
        return new InspectionRequested(application.id, section.id, section.name, inspection.department,
                inspection.round, inspection.mode, project.code, project.name, project.address, project.district,
                inspection.dueDate, rectifiedFindings.stream().map(Rectification.Answer::toEvent).toList(),
                declared(project, section),
                materials(application, inspection.department, materials),
                stageClock.isProvisional(inspection.dueDate), application.keyProject);
    }

    private List<InspectionRequested.Material> materials(Application application, String department,
            List<Material> materials) {
        Set<String> types = requiredMaterials.requiredBy(List.of(department)).stream()
                .map(RequiredMaterials.Requirement::type).collect(Collectors.toSet());
        return materials.stream()
                .filter(material -> types.contains(material.type))
                .map(material -> new InspectionRequested.Material(material.type, material.name, material.mediaType,
                        material.sha256, "/applications/" + application.id + "/materials/" + material.sha256))
                .toList();
    }

    private static List<Declaration> declared(Project project, Section section) {
        List<Declaration> declared = new ArrayList<>();
        declared.add(new Declaration("Use", project.use));
        declared.add(new Declaration("Height (m)", plain(project.height)));
        declared.add(new Declaration("Floors above ground", Integer.toString(project.floorsAboveGround)));
        declared.add(new Declaration("Floors below ground", Integer.toString(project.floorsBelowGround)));
        declared.add(new Declaration("Gross floor area (m²)", plain(project.grossFloorArea)));
        declared.add(new Declaration("Fire category", project.fireCategory.name()));
        declared.add(new Declaration("Civil air defense works", project.civilAirDefenseWorks
                ? "yes, " + plain(project.civilAirDefenseArea) + " m²" : "no"));
        declared.add(new Declaration("Lightning protection required", project.lightningProtectionRequired ? "yes" : "no"));
        declared.add(new Declaration("Section buildings", String.join(", ", section.buildings)));
        declared.add(new Declaration("Section floor area (m²)", plain(section.floorArea)));
        return declared;
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }
}
