package org.jointacceptance.department.checklist;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointacceptance.messaging.department.FindingSeverity;

/** What is wrong with a failed checklist item, as the inspector records it. */
@Schema(name = "FindingRequest")
public record FindingRequest(
        @NotBlank @Size(max = 2000) @Schema(example = "Sprinkler heads missing in the basement garage, zone B") String description,
        @NotNull @Schema(example = "MAJOR") FindingSeverity severity,
        @NotNull @Schema(example = "true") Boolean rectifiable,
        @Size(max = 2000) @Schema(example = "Install the missing heads and submit the pressure test report") String requiredAction,
        @Size(max = 20) @Schema(description = "SHA-256 digests of evidence files uploaded to this inspection")
        List<@NotNull @Pattern(regexp = "^[0-9a-f]{64}$", message = "{jointacceptance.sha256}") String> evidence) {
}
