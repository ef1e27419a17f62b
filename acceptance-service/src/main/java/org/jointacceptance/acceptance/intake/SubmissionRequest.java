package org.jointacceptance.acceptance.intake;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The firm hands its prepared application to the window, promising a date for each non-key material it still owes. */
@Schema(name = "SubmissionRequest")
public record SubmissionRequest(@Size(max = 50) List<@NotNull @Valid Promise> promises) {

    public SubmissionRequest {
        promises = promises == null ? List.of() : List.copyOf(promises);
    }

    /** A written promise to supply a non-key material by a date. */
    @Schema(name = "SupplyPromise")
    public record Promise(
            @NotNull @Pattern(regexp = "^[a-z0-9][a-z0-9-]*$", message = "{jointacceptance.hyphenated-words}")
            @Size(max = 64) @Schema(example = "archives-catalogue") String type,
            @NotNull @Schema(example = "2026-06-05") LocalDate supplyBy) {
    }
}
