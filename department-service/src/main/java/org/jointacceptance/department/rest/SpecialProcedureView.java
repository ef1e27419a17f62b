package org.jointacceptance.department.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jointacceptance.department.procedure.SpecialProcedure;
import org.jointacceptance.messaging.department.SpecialProcedureKind;

/** A special procedure, open or closed with the working days it held the clock. */
public record SpecialProcedureView(UUID procedureId, SpecialProcedureKind kind, String reason, boolean open,
        int expectedWorkingDays, LocalDate expectedEnd, LocalDate openedOn, String openedBy, OffsetDateTime openedAt,
        LocalDate closedOn, String closedBy, OffsetDateTime closedAt, String outcome, Integer pausedWorkingDays) {

    public static SpecialProcedureView of(SpecialProcedure procedure) {
        return new SpecialProcedureView(procedure.id, procedure.kind, procedure.reason, procedure.open(),
                procedure.expectedWorkingDays, procedure.expectedEnd, procedure.openedOn, procedure.openedBy,
                procedure.openedAt, procedure.closedOn, procedure.closedBy, procedure.closedAt, procedure.outcome,
                procedure.pausedWorkingDays);
    }
}
