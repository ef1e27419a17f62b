package org.jointacceptance.department.assignment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An inspector claims an unassigned inspection. */
@Schema(name = "ClaimRequest")
public record ClaimRequest(@NotBlank @Size(max = 100) @Schema(example = "Zhao Min") String inspector) {
}
