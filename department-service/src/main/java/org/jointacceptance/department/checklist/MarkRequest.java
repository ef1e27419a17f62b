package org.jointacceptance.department.checklist;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An inspector (the caller) marks one checklist item; a failed item needs its finding. */
@Schema(name = "MarkRequest")
public record MarkRequest(
        @NotNull @Schema(example = "FAIL") ItemMark mark,
        @Size(max = 2000) @Schema(example = "Zone B of the basement garage checked head by head") String note,
        @Valid FindingRequest finding) {

    public ItemMarking marking() {
        return new ItemMarking(mark, note, finding);
    }
}
