package org.jointacceptance.department.procedure;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An inspector (the caller) closes the special procedure, saying what it concluded. */
@Schema(name = "CloseProcedureRequest")
public record CloseProcedureRequest(
        @Size(max = 2000) @Schema(example = "Measured smoke exhaust meets the design: 60,000 m3/h") String outcome) {
}
