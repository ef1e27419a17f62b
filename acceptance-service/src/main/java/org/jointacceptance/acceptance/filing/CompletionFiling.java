package org.jointacceptance.acceptance.filing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jointacceptance.acceptance.application.Application;

/**
 * The overall completion acceptance filing (整体备案) of a project whose every declared section is accepted, listing
 * each section with its opinion; withdrawn, and kept on record, when the lead center takes back a section's acceptance
 * on a department's late correction. Filings made before projects were registered covered one application's sections
 * ({@code overall} false) and stay as they were.
 */
@Entity
@Table(name = "completion_filing")
public class CompletionFiling extends PanacheEntityBase {

    @Id
    public String number;

    @Column(name = "project_id")
    public UUID projectId;

    /** The application whose last accepted section completed the project. */
    @Column(name = "application_id")
    public UUID applicationId;

    /** Whether it covers the whole project: every filing does but those made for one application before. */
    public boolean overall;

    /** Each section covered, in the project's order. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<FiledSection> sections = new ArrayList<>();

    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawn_reason")
    public String withdrawnReason;

    /** A section the filing covers: its name, its joint opinion's number and day, the application it was accepted in. */
    public record FiledSection(String section, String opinion, LocalDate issuedOn, String application) {
    }

    /** The numbers of the sections' joint opinions. */
    public List<String> opinions() {
        return sections.stream().map(FiledSection::opinion).toList();
    }

    /** The project's overall filing in force; null when none is. */
    public static CompletionFiling ofProject(UUID projectId) {
        return find("projectId = ?1 and overall = true and withdrawnAt is null", projectId).firstResult();
    }

    /**
     * The filing in force that covers the application: its project's overall filing, or one made for the application
     * alone before projects were registered; null when none is.
     */
    public static CompletionFiling of(Application application) {
        if (application.projectId == null) {
            return null;
        }
        CompletionFiling overall = ofProject(application.projectId);
        return overall != null ? overall
                : find("applicationId = ?1 and overall = false and withdrawnAt is null", application.id).firstResult();
    }
}
