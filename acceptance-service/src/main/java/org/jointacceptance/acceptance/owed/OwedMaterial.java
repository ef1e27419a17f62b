package org.jointacceptance.acceptance.owed;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.jointacceptance.acceptance.application.ApplicationStatus;
import org.jointacceptance.calendar.CalendarYearNotLoadedException;
import org.jointacceptance.calendar.WorkingCalendar;

/** A non-key material the window tolerated at intake, against the firm's promise to supply it by a date. */
@Entity
@Table(name = "owed_material")
public class OwedMaterial extends PanacheEntityBase {

    private static final List<ApplicationStatus> BEING_INSPECTED = List.of(ApplicationStatus.IN_INSPECTION,
            ApplicationStatus.RECTIFICATION_REQUIRED);

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "material_type")
    public String type;

    public String name;

    /** The material's Chinese name; null for one owed before it was kept. */
    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "promised_by")
    public LocalDate promisedBy;

    @Column(name = "supplied_on")
    public LocalDate suppliedOn;

    @Column(name = "material_id")
    public UUID materialId;

    /** The day the applicant was reminded that the promise falls due; null until then. */
    @Column(name = "reminded_on")
    public LocalDate remindedOn;

    public static List<OwedMaterial> ofApplication(UUID applicationId) {
        return list("applicationId = ?1 order by promisedBy, type", applicationId);
    }

    /** What the application still owes. */
    public static List<OwedMaterial> outstanding(UUID applicationId) {
        return list("applicationId = ?1 and suppliedOn is null order by promisedBy, type", applicationId);
    }

    /** Whether the application still owes a tolerated material: no section of it is accepted until it arrives. */
    public static boolean anyOutstanding(UUID applicationId) {
        return !getEntityManager().createQuery(
                "select 1 from OwedMaterial where applicationId = ?1 and suppliedOn is null", Integer.class)
                .setParameter(1, applicationId).setMaxResults(1).getResultList().isEmpty();
    }

    /** Promises broken as of {@code today}, of applications being inspected. */
    public static List<OwedMaterial> overdue(LocalDate today) {
        return list("suppliedOn is null and promisedBy < ?1 and applicationId in (select a.id from Application a"
                + " where a.status in ?2)", today, BEING_INSPECTED);
    }

    /** Promises still kept as of {@code today} whose applicant was not reminded yet, of applications being inspected. */
    public static List<OwedMaterial> unreminded(LocalDate today) {
        return list("suppliedOn is null and remindedOn is null and promisedBy >= ?1 and applicationId in"
                + " (select a.id from Application a where a.status in ?2)", today, BEING_INSPECTED);
    }

    /**
     * Whether the applicant is to be reminded of this material on {@code today}: it is still owed, was not reminded of
     * yet, and no working day is left before the promised day, which has not passed. Where the working days in
     * between are not known (a year not loaded) the reminder waits, at the latest until the promised day itself.
     */
    public boolean toRemindOn(LocalDate today, WorkingCalendar calendar) {
        if (suppliedOn != null || remindedOn != null || today.isAfter(promisedBy)) {
            return false;
        }
        try {
            for (LocalDate day = today.plusDays(1); day.isBefore(promisedBy); day = day.plusDays(1)) {
                if (calendar.isWorkingDay(day)) {
                    return false;
                }
            }
            return true;
        } catch (CalendarYearNotLoadedException e) {
            return false;
        }
    }

    /** The clock pause an overdue promise causes is known by this reference. */
    public String pauseReference() {
        return "owed:" + id;
    }
}
