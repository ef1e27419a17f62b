package org.jointacceptance.acceptance.application;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jointacceptance.messaging.event.RectifiedFinding;

/** The applicant's answers to the rectification notice of one round of one section. */
@Entity
public class Rectification extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "section_id")
    public Section section;

    /** The round whose findings are answered. */
    public int round;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<AnsweredFinding> answers = new ArrayList<>();

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    /** A finding of the notice, the department that made it, and the applicant's answer. */
    public record AnsweredFinding(String department, RectifiedFinding finding) {
    }

    public static List<Rectification> ofSection(UUID sectionId) {
        return list("section.id = ?1 order by round", sectionId);
    }
}
