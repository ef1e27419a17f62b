package org.jointacceptance.acceptance.opinion;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.jointacceptance.acceptance.application.Section;

/**
 * The joint acceptance opinion of an accepted section: its content exactly as digested, the SHA-256 digest, and
 * the digest of the opinion issued before it, so that the opinions form a chain in which no link can change unseen.
 */
@Entity
@Table(name = "joint_opinion")
public class JointOpinion extends PanacheEntityBase {

    @Id
    public String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "section_id")
    public Section section;

    /** The canonical JSON of {@link OpinionContent}. */
    public String content;

    public String digest;

    @Column(name = "previous_digest")
    public String previousDigest;

    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;

    /** When the lead center withdrew it, taking back the section's acceptance on a late correction; and why. */
    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawn_reason")
    public String withdrawnReason;

    /** The section's opinion in force; null when none is. */
    public static JointOpinion currentOf(UUID sectionId) {
        return find("section.id = ?1 and withdrawnAt is null", sectionId).firstResult();
    }
}
