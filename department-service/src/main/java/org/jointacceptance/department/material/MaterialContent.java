package org.jointacceptance.department.material;

import org.jointacceptance.department.inspection.RequestedMaterial;

/** A material's bytes, read from acceptance-service and verified against the digest the request named. */
public record MaterialContent(RequestedMaterial material, byte[] bytes) {
}
