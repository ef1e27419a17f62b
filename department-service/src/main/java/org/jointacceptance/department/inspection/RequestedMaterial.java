package org.jointacceptance.department.inspection;

import org.jointacceptance.messaging.acceptance.InspectionRequested;

/**
 * A material of the application as the inspection keeps it: where acceptance-service serves it ({@code href}) and
 * the SHA-256 digest it must have. The stored form, its own type, so that a change to the request event cannot
 * silently change what is stored.
 */
public record RequestedMaterial(String type, String name, String mediaType, String sha256, String href) {

    public static RequestedMaterial of(InspectionRequested.Material material) {
        return new RequestedMaterial(material.type(), material.name(), material.mediaType(), material.sha256(),
                material.href());
    }
}
