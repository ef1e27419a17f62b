package org.jointacceptance.department.procedure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointacceptance.messaging.department.SpecialProcedureKind;

/** An inspector (the caller) opens a special procedure: which, why, and how many working days it should take. */
@Schema(name = "OpenProcedureRequest")
public record OpenProcedureRequest(
        @NotNull @Schema(example = "TESTING") SpecialProcedureKind kind,
        @NotBlank @Size(max = 2000) @Schema(example = "Smoke exhaust capacity of the atrium must be measured by an accredited testing body") String reason,
        @NotNull @Min(1) @Max(120) @Schema(example = "5") Integer expectedWorkingDays) {
}
