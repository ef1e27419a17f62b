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
import org.jointacceptance.messaging.acceptance.RectifiedFinding;

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
    public record AnsweredFinding(String department, Answer finding) {
    }

    /** What was found in {@code round}, and the applicant's answer with its evidence. */
    public record Answer(int round, String item, String itemZh, String description, String requiredAction,
            String answer, List<EvidenceFile> evidence) {

        /** The answered finding as the department inspecting again is told it (InspectionRequested). */
        public RectifiedFinding toEvent() {
            return new RectifiedFinding(round, item, itemZh, description, requiredAction, answer, evidence.stream()
                    .map(file -> new RectifiedFinding.Evidence(file.name(), file.mediaType(), file.sha256())).toList());
        }
    }
}
