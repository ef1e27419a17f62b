package org.jointacceptance.calendar;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of due dates for any intake day of 2020-01-01..2026-11-30 and any clock of 1 to 60 working days. */
class DueDatePropertiesTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.official();
    private static final LocalDate FIRST_INTAKE = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST_INTAKE = LocalDate.of(2026, 11, 30);
    private static final LocalDate LAST_LOADED_DAY = LocalDate.of(2026, 12, 31);

    @Provide
    Arbitrary<LocalDate> intakeDays() {
        return Arbitraries.longs().between(0, ChronoUnit.DAYS.between(FIRST_INTAKE, LAST_INTAKE))
                .map(FIRST_INTAKE::plusDays);
    }

    @Provide
    Arbitrary<LocalDate> lateIntakeDays() {
        LocalDate from = LocalDate.of(2026, 9, 1);
        return Arbitraries.longs().between(0, ChronoUnit.DAYS.between(from, LAST_LOADED_DAY)).map(from::plusDays);
    }

    @Property
    void counting_the_working_days_up_to_the_due_date_gives_n(
            @ForAll("intakeDays") LocalDate intake, @ForAll @IntRange(min = 1, max = 60) int n) {
        assumeLoadedYearsHold(intake, n);

        assertThat(CALENDAR.workingDaysBetween(intake, CALENDAR.plusWorkingDays(intake, n))).isEqualTo(n);
    }

    @Property
    void the_due_date_is_a_working_day_never_a_holiday_never_a_weekend_unless_a_make_up_workday(
            @ForAll("intakeDays") LocalDate intake, @ForAll @IntRange(min = 1, max = 60) int n) {
        assumeLoadedYearsHold(intake, n);
        LocalDate due = CALENDAR.plusWorkingDays(intake, n);
        YearArrangement arrangement = CALENDAR.arrangement(due.getYear());

        assertThat(due).isAfter(intake);
        assertThat(CALENDAR.isWorkingDay(due)).isTrue();
        assertThat(arrangement.isHoliday(due)).as("%s is a holiday", due).isFalse();
        if (YearArrangement.isWeekend(due)) {
            assertThat(arrangement.isMakeUpWorkday(due)).as("%s is a weekend day", due).isTrue();
        }
    }

    @Property
    void make_up_workdays_count_and_holidays_do_not(
            @ForAll("intakeDays") LocalDate intake, @ForAll @IntRange(min = 1, max = 60) int n) {
        assumeLoadedYearsHold(intake, n);
        LocalDate due = CALENDAR.plusWorkingDays(intake, n);

        long weekdaysNotOnHoliday = intake.plusDays(1).datesUntil(due.plusDays(1))
                .filter(day -> !YearArrangement.isWeekend(day))
                .filter(day -> !CALENDAR.arrangement(day.getYear()).isHoliday(day))
                .count();
        long makeUpWorkdays = intake.plusDays(1).datesUntil(due.plusDays(1))
                .filter(day -> CALENDAR.arrangement(day.getYear()).isMakeUpWorkday(day))
                .count();
        assertThat(weekdaysNotOnHoliday + makeUpWorkdays).isEqualTo(n);
    }

    @Property
    void one_more_working_day_is_always_a_later_due_date(
            @ForAll("intakeDays") LocalDate intake, @ForAll @IntRange(min = 1, max = 59) int n) {
        assumeLoadedYearsHold(intake, n + 1);

        LocalDate due = CALENDAR.plusWorkingDays(intake, n);
        LocalDate dueOneLater = CALENDAR.plusWorkingDays(intake, n + 1);
        assertThat(dueOneLater).isAfter(due).isEqualTo(CALENDAR.nextWorkingDayAfter(due));
        assertThat(CALENDAR.workingDaysBetween(due, dueOneLater)).isEqualTo(1);
    }

    @Property
    void a_due_date_past_the_last_loaded_year_is_provisional_and_one_within_it_is_not(
            @ForAll("lateIntakeDays") LocalDate intake, @ForAll @IntRange(min = 1, max = 60) int n) {
        LocalDate due = CALENDAR.plusWorkingDays(intake, n);
        assertThat(CALENDAR.isProvisional(due)).isEqualTo(due.isAfter(LAST_LOADED_DAY));
        assertThat(CALENDAR.workingDaysBetween(intake, due)).isEqualTo(n);
    }

    private static void assumeLoadedYearsHold(LocalDate intake, int n) {
        Assume.that(CALENDAR.workingDaysBetween(intake, LAST_LOADED_DAY) >= n);
    }
}
