package org.jointacceptance.department.result;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An inspector (the caller) submits the result the checklist gives; the day of the inspection defaults to today in
 * China.
 */
@Schema(name = "SubmitRequest")
public record SubmitRequest(
        @Schema(example = "2025-10-11") LocalDate inspectedOn,
        @Size(max = 2000) @Schema(example = "Inspected together with the construction unit's fire engineer") String remark) {
}
