package org.jointacceptance.department.checklist;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An inspector (the caller) marks several checklist items at once, each under its code, as a phone sends the marks it
 * kept while it had no signal.
 */
@Schema(name = "MarksRequest")
public record MarksRequest(
        @NotNull @Size(min = 1, max = 100) @Schema(description = "Each item's marking under its code, marked in this order",
                example = "{\"special.gas\": {\"mark\": \"NOT_APPLICABLE\", \"note\": \"No gas supply\"}, "
                        + "\"structure.report\": {\"mark\": \"PASS\"}}")
        Map<@NotBlank @Size(max = 100) String, @NotNull @Valid MarkRequest> marks) {

    /** Each item's marking under its code, in the order the request gives them. */
    public Map<String, ItemMarking> markings() {
        Map<String, ItemMarking> markings = new LinkedHashMap<>();
        marks.forEach((code, request) -> markings.put(code, request.marking()));
        return markings;
    }
}
