package org.jointacceptance.department.result;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An inspector (the caller) concludes that the whole inspection does not apply, and says why. */
@Schema(name = "NotApplicableRequest")
public record NotApplicableRequest(
        @NotBlank @Size(max = 2000) @Schema(example = "The section has no structure higher than the lightning protection threshold") String reason,
        @Schema(example = "2025-10-11") LocalDate inspectedOn) {
}
