package org.jointacceptance.department;

import org.jointacceptance.apitesting.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** department-service keeps its packages free of cycles, to itself, and its entities behind its API. */
class ArchitectureTest {

    @Test
    void the_service_keeps_the_rules_of_the_house() {
        ArchitectureRules.check("org.jointacceptance.department");
    }
}
