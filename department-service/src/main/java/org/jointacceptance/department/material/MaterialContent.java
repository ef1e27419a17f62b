package org.jointacceptance.department.material;

import org.jointacceptance.messaging.event.InspectionRequested;

/** A material's bytes, read from acceptance-service and verified against the digest the request named. */
public record MaterialContent(InspectionRequested.Material material, byte[] bytes) {
}
