package org.jointacceptance.department.sitevisit;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An inspector (the caller) sets the site visit: a working day in China and a time (Beijing time). A reason is needed to move a
 * visit already set, or to visit after the department's due date.
 */
@Schema(name = "ScheduleRequest")
public record ScheduleRequest(
        @NotNull @Schema(example = "2025-10-11") LocalDate date,
        @NotNull @JsonFormat(pattern = "HH:mm") @Schema(example = "09:30", type = SchemaType.STRING, pattern = "^\\d{2}:\\d{2}$") LocalTime time,
        @Size(max = 2000) @Schema(example = "The sprinkler contractor is on site only on Saturday") String reason) {

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
