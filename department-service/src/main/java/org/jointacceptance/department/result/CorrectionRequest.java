package org.jointacceptance.department.result;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointacceptance.department.checklist.FindingRequest;
import org.jointacceptance.department.checklist.ItemMark;
import org.jointacceptance.department.checklist.ItemMarking;

/**
 * An inspector (the caller) corrects a submitted result: the checklist items to mark differently and why; the
 * corrected result is derived from the checklist again and published as a new result naming the one it replaces.
 */
@Schema(name = "CorrectionRequest")
public record CorrectionRequest(
        @NotBlank @Size(max = 2000) @Schema(example = "Zone B was confused with zone C; zone B is complete") String reason,
        @Schema(example = "2025-10-11") LocalDate inspectedOn,
        @Size(max = 2000) @Schema(example = "Lift 2 certificate seen in the machine room") String remark,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid ItemCorrection> items) {

    /** One item marked anew. */
    @Schema(name = "ItemCorrection")
    public record ItemCorrection(
            @NotBlank @Size(max = 100) @Schema(example = "sprinklers.coverage") String code,
            @NotNull @Schema(example = "PASS") ItemMark mark,
            @Size(max = 2000) String note,
            @Valid FindingRequest finding) {

        public ItemMarking marking() {
            return new ItemMarking(mark, note, finding);
        }
    }
}
