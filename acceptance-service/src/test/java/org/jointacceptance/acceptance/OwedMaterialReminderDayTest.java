package org.jointacceptance.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jointacceptance.acceptance.owed.OwedMaterial;
import org.jointacceptance.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

/**
 * The day an applicant is reminded of an owed material: the last working day of the official calendar before the
 * promised day, or a later check up to the promised day itself, never after it; on the calendar the project ships
 * (2020-2026), so that a year not loaded is one to wait for, not one to guess.
 */
class OwedMaterialReminderDayTest {

    private static final WorkingCalendar SHIPPED = WorkingCalendar.official();

    @Test
    void a_promise_for_a_monday_is_reminded_of_from_the_friday_before_until_the_monday() {
        OwedMaterial owed = owedBy(LocalDate.of(2026, 6, 8));

        assertThat(owed.toRemindOn(LocalDate.of(2026, 6, 4), SHIPPED)).as("Thursday").isFalse();
        assertThat(owed.toRemindOn(LocalDate.of(2026, 6, 5), SHIPPED)).as("Friday").isTrue();
        assertThat(owed.toRemindOn(LocalDate.of(2026, 6, 6), SHIPPED)).as("Saturday, Friday was missed").isTrue();
        assertThat(owed.toRemindOn(LocalDate.of(2026, 6, 8), SHIPPED)).as("the promised Monday").isTrue();
        assertThat(owed.toRemindOn(LocalDate.of(2026, 6, 9), SHIPPED)).as("Tuesday, the promise is broken").isFalse();
    }

    @Test
    void before_a_holiday_the_reminder_goes_on_the_last_working_day_before_it() {
        // the Dragon Boat Festival takes Friday 2026-06-19 to Sunday 06-21 off
        OwedMaterial owed = owedBy(LocalDate.of(2026, 6, 22));

        assertThat(owed.toRemindOn(LocalDate.of(2026, 6, 17), SHIPPED)).isFalse();
        assertThat(owed.toRemindOn(LocalDate.of(2026, 6, 18), SHIPPED)).isTrue();
    }

    @Test
    void a_material_supplied_or_reminded_of_already_is_not_reminded_of() {
        OwedMaterial supplied = owedBy(LocalDate.of(2026, 6, 8));
        supplied.suppliedOn = LocalDate.of(2026, 6, 4);
        OwedMaterial reminded = owedBy(LocalDate.of(2026, 6, 8));
        reminded.remindedOn = LocalDate.of(2026, 6, 5);

        assertThat(supplied.toRemindOn(LocalDate.of(2026, 6, 5), SHIPPED)).isFalse();
        assertThat(reminded.toRemindOn(LocalDate.of(2026, 6, 8), SHIPPED)).isFalse();
    }

    @Test
    void while_a_year_in_between_is_not_loaded_the_reminder_counts_on_its_provisional_arrangement() {
        // Thursday 2026-12-31 is a working day; provisionally, 2027-01-01 is New Year's Day and 01-02, 01-03 a weekend
        OwedMaterial owed = owedBy(LocalDate.of(2027, 1, 4));

        assertThat(owed.toRemindOn(LocalDate.of(2026, 12, 30), SHIPPED)).as("a working day is left").isFalse();
        assertThat(owed.toRemindOn(LocalDate.of(2026, 12, 31), SHIPPED)).as("the last working day before").isTrue();
        assertThat(owed.toRemindOn(LocalDate.of(2027, 1, 4), SHIPPED)).as("the promised day").isTrue();
        assertThat(owed.toRemindOn(LocalDate.of(2027, 1, 5), SHIPPED)).isFalse();
    }

    private static OwedMaterial owedBy(LocalDate promisedBy) {
        OwedMaterial owed = new OwedMaterial();
        owed.type = "greening-survey";
        owed.promisedBy = promisedBy;
        return owed;
    }
}
