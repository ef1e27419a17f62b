package org.jointacceptance.acceptance.application;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jointacceptance.messaging.acceptance.SectionDecision;

/**
 * A decision taken on a section: the one decision at the end of a round, and, when the applicant let the round's
 * rectification notice lapse, the rejection that followed it; withdrawn when the lead center decides the round again
 * on a department's late correction. The database allows no standing decision twice in a round.
 */
@Entity
@Table(name = "section_decision")
public class SectionDecisionRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "section_id")
    public Section section;

    public int round;

    @Enumerated(EnumType.STRING)
    public SectionDecision decision;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<NoticeFinding> findings = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> reasons = new ArrayList<>();

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    /** Who at the lead center signed the decision, by login and by the name people read; null: the system did. */
    @Column(name = "signed_by")
    public String signedBy;

    @Column(name = "signed_by_name")
    public String signedByName;

    /** When the lead center decided the round again, a department having corrected its result since; and why. */
    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawn_reason")
    public String withdrawnReason;

    public boolean standing() {
        return withdrawnAt == null;
    }
}
