package org.jointacceptance.acceptance.timeline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One state change of an application: who did what, when, why, and which event announced it. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "section_id")
    public UUID sectionId;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    public String actor;

    public String action;

    public String detail;

    public String department;

    public Integer round;

    @Column(name = "named_day")
    public LocalDate namedDay;

    public String subject;

    public String reason;

    @Column(name = "event_id")
    public String eventId;

    public static List<TimelineEntry> of(UUID applicationId) {
        return list("applicationId = ?1 order by id", applicationId);
    }
}
