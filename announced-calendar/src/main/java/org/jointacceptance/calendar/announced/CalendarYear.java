package org.jointacceptance.calendar.announced;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One year's official arrangement as a coordinator loaded it in acceptance-service, in the working-calendar JSON
 * format, with who loaded it and why: kept in the consuming service's database (its table {@code calendar_year}), so
 * that its calendar survives a restart.
 */
@Entity
@Table(name = "calendar_year")
public class CalendarYear extends PanacheEntityBase {

    @Id
    public Integer year;

    public String version;

    public String arrangement;

    public String coordinator;

    public String reason;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
