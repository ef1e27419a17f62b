package org.jointacceptance.acceptance.routing;

import java.util.List;

import io.smallrye.config.ConfigMapping;

/** The city's routing rules: which departments inspect every section, and which only when a project needs them. */
@ConfigMapping(prefix = "routing")
public interface RoutingConfig {

    /** Departments that inspect every section. */
    List<String> always();

    /** Inspects when the project has civil air defense works. */
    String civilAirDefenseDepartment();

    /** Inspects when the project requires lightning protection. */
    String lightningProtectionDepartment();

    /** Inspects in acceptance mode for special projects, in filing mode for ordinary ones. */
    String fireDepartment();
}
