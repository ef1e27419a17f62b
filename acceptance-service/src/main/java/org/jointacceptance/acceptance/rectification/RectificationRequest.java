package org.jointacceptance.acceptance.rectification;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The applicant's answer to a rectification notice: one answer for every finding, with evidence files. */
@Schema(name = "RectificationRequest")
public record RectificationRequest(@NotEmpty @Size(max = 500) List<@NotNull @Valid Answer> answers) {

    /** What was done about one finding of the notice (by its position in the notice, from 0). */
    @Schema(name = "RectificationAnswer")
    public record Answer(
            @NotNull @Min(0) @Schema(example = "0") Integer finding,
            @NotBlank @Size(max = 4000) @Schema(example = "42 sprinkler heads installed; pressure test passed") String answer,
            @Size(max = 20) @Schema(description = "SHA-256 digests of materials uploaded to this application")
            List<@NotNull @Pattern(regexp = "^[0-9a-f]{64}$", message = "{jointacceptance.sha256}") String> evidence) {
    }
}
