package org.jointacceptance.department.checklist;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An inspector marks one checklist item; a failed item needs its finding. */
@Schema(name = "MarkRequest")
public record MarkRequest(
        @NotBlank @Size(max = 100) @Schema(example = "Zhao Min") String inspector,
        @NotNull @Schema(example = "FAIL") ItemMark mark,
        @Size(max = 2000) @Schema(example = "Zone B of the basement garage checked head by head") String note,
        @Valid FindingRequest finding) {

    public ItemMarking marking() {
        return new ItemMarking(mark, note, finding);
    }
}
