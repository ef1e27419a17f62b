package org.jointacceptance.acceptance.visit;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The coordinator proposes the joint site visit: a working day in China, a time (Beijing time) and where the firm
 * receives the inspectors. A reason is needed to move a visit already fixed.
 */
@Schema(name = "JointVisitRequest")
public record JointVisitRequest(
        @NotNull @Schema(example = "2026-06-10") LocalDate date,
        @NotNull @JsonFormat(pattern = "HH:mm") @Schema(example = "09:30", type = SchemaType.STRING, pattern = "^\\d{2}:\\d{2}$") LocalTime time,
        @NotBlank @Size(max = 500) @Schema(example = "Site office at the north gate") String meetingPoint,
        @Size(max = 2000) @Schema(example = "Fire asked for the afternoon") String reason) {

    /** The reason as given; null when none was. */
    public String givenReason() {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
