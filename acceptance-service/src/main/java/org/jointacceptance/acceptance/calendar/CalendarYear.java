package org.jointacceptance.acceptance.calendar;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One year's official arrangement as loaded into this city's calendar, in the working-calendar JSON format. */
@Entity
@Table(name = "calendar_year")
public class CalendarYear extends PanacheEntityBase {

    /** What a calendar year's events are about; each year is its own aggregate, so its arrangements stay in order. */
    public static final String AGGREGATE_TYPE = "calendar";

    @Id
    public Integer year;

    public String version;

    public String arrangement;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    /** The key of the year's events, e.g. {@code calendar-2027}: apart from every application id on the topic. */
    public static String aggregateId(int year) {
        return "calendar-" + year;
    }
}
