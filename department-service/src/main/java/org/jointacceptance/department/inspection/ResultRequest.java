package org.jointacceptance.department.inspection;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointacceptance.messaging.event.InspectionResult;

/** An inspector's result: passed, failed with findings, or not applicable with a reason. */
@Schema(name = "ResultRequest")
public record ResultRequest(
        @NotNull @Schema(example = "FAILED") InspectionResult result,
        @NotBlank @Size(max = 100) @Schema(example = "Zhao Min") String inspector,
        @NotNull @PastOrPresent LocalDate inspectedOn,
        @Size(max = 2000) String reason,
        @Size(max = 200) List<@NotNull @Valid FindingRequest> findings) {

    /** One defect found on site. */
    @Schema(name = "FindingRequest")
    public record FindingRequest(
            @Size(max = 100) @Schema(example = "Automatic sprinklers") String item,
            @NotBlank @Size(max = 2000) @Schema(example = "Sprinkler heads missing in the basement garage, zone B") String description,
            @NotNull @Schema(example = "true") Boolean rectifiable,
            @Size(max = 2000) @Schema(example = "Install the missing heads and submit the pressure test report") String requiredAction) {
    }
}
