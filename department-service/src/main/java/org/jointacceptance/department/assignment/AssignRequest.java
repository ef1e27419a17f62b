package org.jointacceptance.department.assignment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A department lead (the caller) assigns an inspection to an inspector. */
@Schema(name = "AssignRequest")
public record AssignRequest(
        @NotBlank @Size(max = 100) @Schema(example = "Zhao Min", description = "The inspector who is to work on it, "
                + "by the name their token gives") String inspector) {
}
