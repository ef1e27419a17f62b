package org.jointacceptance.department.rest;

import java.util.UUID;

import org.jointacceptance.department.inspection.RequestedMaterial;
import org.jointacceptance.department.material.MaterialReader;

/** A material of the application this department needs; {@code href} reads it here, verified, when it is linked. */
public record MaterialView(String type, String name, String mediaType, String sha256, boolean readable, String href) {

    public static MaterialView of(UUID inspectionId, RequestedMaterial material) {
        boolean readable = MaterialReader.readable(material);
        return new MaterialView(material.type(), material.name(), material.mediaType(), material.sha256(), readable,
                readable ? "/inspections/" + inspectionId + "/materials/" + material.sha256() : null);
    }
}
