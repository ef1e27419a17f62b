package org.jointacceptance.department.assignment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A department lead assigns an inspection to an inspector. */
@Schema(name = "AssignRequest")
public record AssignRequest(
        @NotBlank @Size(max = 100) @Schema(example = "Zhao Min") String inspector,
        @NotBlank @Size(max = 100) @Schema(example = "Liu Wei") String assignedBy) {
}
