package org.jointacceptance.department.sitevisit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A site visit as scheduled; a rescheduled visit stays on record, superseded by the next. */
@Entity
@Table(name = "site_visit")
public class SiteVisit extends PanacheEntityBase {

    /** How a visit's time is written everywhere: Beijing time, {@code HH:mm}. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Id
    public UUID id;

    @Column(name = "inspection_id")
    public UUID inspectionId;

    @Column(name = "visit_date")
    public LocalDate date;

    @Column(name = "visit_time")
    public LocalTime time;

    public String inspector;

    public String reason;

    @Column(name = "scheduled_at")
    public OffsetDateTime scheduledAt;

    @Column(name = "superseded_at")
    public OffsetDateTime supersededAt;

    public String timeOfDay() {
        return TIME.format(time);
    }

    public static List<SiteVisit> of(UUID inspectionId) {
        return list("inspectionId = ?1 order by scheduledAt", inspectionId);
    }

    public static SiteVisit currentOf(UUID inspectionId) {
        return find("inspectionId = ?1 and supersededAt is null", inspectionId).firstResult();
    }
}
