package org.jointacceptance.acceptance.routing;

import org.jointacceptance.messaging.acceptance.InspectionMode;

/** A department that must inspect a section, and how. */
public record RoutedDepartment(String department, InspectionMode mode) {
}
