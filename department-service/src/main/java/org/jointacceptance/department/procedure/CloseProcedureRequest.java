package org.jointacceptance.department.procedure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A department closes its special procedure, saying what it concluded. */
@Schema(name = "CloseProcedureRequest")
public record CloseProcedureRequest(
        @NotBlank @Size(max = 100) @Schema(example = "Zhao Min") String closedBy,
        @Size(max = 2000) @Schema(example = "Measured smoke exhaust meets the design: 60,000 m3/h") String outcome) {
}
