package org.jointacceptance.acceptance.routing;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jointacceptance.acceptance.application.FireCategory;
import org.jointacceptance.acceptance.application.Project;
import org.jointacceptance.messaging.acceptance.InspectionMode;

/** Decides, from a project's attributes, which departments must inspect its sections. */
@ApplicationScoped
public class RoutingRules {

    private final RoutingConfig config;

    public RoutingRules(RoutingConfig config) {
        this.config = config;
    }

    public List<RoutedDepartment> departmentsFor(Project project) {
        List<RoutedDepartment> departments = new ArrayList<>();
        for (String department : config.always()) {
            departments.add(new RoutedDepartment(department, modeOf(department, project)));
        }
        if (project.civilAirDefenseWorks) {
            departments.add(new RoutedDepartment(config.civilAirDefenseDepartment(), InspectionMode.ACCEPTANCE));
        }
        if (project.lightningProtectionRequired) {
            departments.add(new RoutedDepartment(config.lightningProtectionDepartment(), InspectionMode.ACCEPTANCE));
        }
        return List.copyOf(departments);
    }

    private InspectionMode modeOf(String department, Project project) {
        boolean fireFiling = department.equals(config.fireDepartment()) && project.fireCategory == FireCategory.ORDINARY;
        return fireFiling ? InspectionMode.FILING : InspectionMode.ACCEPTANCE;
    }
}
