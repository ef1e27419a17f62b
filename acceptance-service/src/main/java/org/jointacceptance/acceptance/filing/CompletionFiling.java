package org.jointacceptance.acceptance.filing;

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

/**
 * The one completion acceptance filing of a project whose every section is accepted; withdrawn, and kept on record,
 * when the lead center takes back a section's acceptance on a department's late correction.
 */
@Entity
@Table(name = "completion_filing")
public class CompletionFiling extends PanacheEntityBase {

    @Id
    public String number;

    @Column(name = "application_id")
    public UUID applicationId;

    /** The numbers of the sections' joint opinions. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> opinions = new ArrayList<>();

    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawn_reason")
    public String withdrawnReason;

    /** The application's filing in force; null when none is. */
    public static CompletionFiling ofApplication(UUID applicationId) {
        return find("applicationId = ?1 and withdrawnAt is null", applicationId).firstResult();
    }
}
