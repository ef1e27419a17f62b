package org.jointacceptance.department.inspection;

import org.jointacceptance.messaging.acceptance.InspectionRequested;

/** One thing the project declared (its use, height, fire category...), as the inspection keeps it. */
public record Declared(String name, String value) {

    public static Declared of(InspectionRequested.Declaration declaration) {
        return new Declared(declaration.name(), declaration.value());
    }
}
