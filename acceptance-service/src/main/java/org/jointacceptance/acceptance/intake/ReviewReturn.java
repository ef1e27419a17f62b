package org.jointacceptance.acceptance.intake;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointacceptance.acceptance.application.ReviewProblem;

/** A window officer returns the file: what is wrong with which material, each in the officer's words too. */
@Schema(name = "ReviewReturn")
public record ReviewReturn(@NotEmpty @Size(max = 50) List<@NotNull @Valid Material> materials) {

    /** One material returned: its type, the problem, and the officer's remark. */
    @Schema(name = "ReturnedMaterial")
    public record Material(
            @NotNull @Pattern(regexp = "^[a-z0-9][a-z0-9-]*$", message = "{jointacceptance.hyphenated-words}")
            @Size(max = 64) @Schema(example = "as-built-drawings") String type,
            @NotNull ReviewProblem problem,
            @Size(max = 2000) @Schema(example = "Sheets 3 to 5 are not stamped by the design institute") String remark) {
    }
}
