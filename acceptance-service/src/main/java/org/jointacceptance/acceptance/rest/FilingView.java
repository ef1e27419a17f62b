package org.jointacceptance.acceptance.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jointacceptance.acceptance.filing.CompletionFiling;

/**
 * A completion acceptance filing: the whole project's ({@code overall}), issued once every section declared on the
 * project is accepted, or one application's, made before projects were registered. {@code applicationId} is the
 * application whose acceptance completed it; {@code sections} each section it covers, in the project's order.
 */
public record FilingView(String number, UUID projectId, UUID applicationId, boolean overall, List<String> opinions,
        List<FiledSection> sections, OffsetDateTime issuedAt) {

    /** A section covered: its joint opinion's number and day, and the number of the application it was accepted in. */
    public record FiledSection(String section, String opinion, LocalDate issuedOn, String application) {
    }

    static FilingView of(CompletionFiling filing) {
        return new FilingView(filing.number, filing.projectId, filing.applicationId, filing.overall,
                filing.opinions(), filing.sections.stream().map(section -> new FiledSection(section.section(),
                        section.opinion(), section.issuedOn(), section.application())).toList(),
                filing.issuedAt);
    }
}
