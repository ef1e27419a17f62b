package org.jointacceptance.calendar;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The primer's worked examples: 16-working-day due dates across National Day 2025 and Spring Festival 2026. */
class DueDateExamplesTest {

    private final WorkingCalendar calendar = WorkingCalendar.official();

    @Test
    void intake_accepted_on_Friday_2025_09_26_is_due_on_2025_10_24() {
        LocalDate intake = day("2025-09-26");
        assertThat(intake.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);

        assertThat(calendar.plusWorkingDays(intake, 1))
                .as("day 1 is Sunday 09-28, a make-up workday").isEqualTo(day("2025-09-28"));
        assertThat(calendar.plusWorkingDays(intake, 16)).isEqualTo(day("2025-10-24"));
    }

    @Test
    void the_sixteen_working_days_after_2025_09_26_one_by_one() {
        assertThat(workingDaysAfter(day("2025-09-26"), 16)).containsExactly(
                day("2025-09-28"), day("2025-09-29"), day("2025-09-30"),
                // National Day 10-01..10-08 is skipped
                day("2025-10-09"), day("2025-10-10"), day("2025-10-11"), // Saturday 10-11 is a make-up workday
                day("2025-10-13"), day("2025-10-14"), day("2025-10-15"), day("2025-10-16"), day("2025-10-17"),
                day("2025-10-20"), day("2025-10-21"), day("2025-10-22"), day("2025-10-23"), day("2025-10-24"));
    }

    @Test
    void a_plain_monday_to_friday_count_would_say_2025_10_20_four_working_days_too_early() {
        LocalDate intake = day("2025-09-26");
        LocalDate plainCount = plusWeekdays(intake, 16);

        assertThat(plainCount).isEqualTo(day("2025-10-20"));
        assertThat(calendar.workingDaysBetween(intake, plainCount)).isEqualTo(12);
    }

    @Test
    void national_day_2025_is_off_from_10_01_to_10_08_and_the_saturdays_around_it_are_worked() {
        day("2025-10-01").datesUntil(day("2025-10-09"))
                .forEach(day -> assertThat(calendar.isWorkingDay(day)).as("%s", day).isFalse());
        assertThat(calendar.isWorkingDay(day("2025-09-27"))).as("an ordinary Saturday").isFalse();
        assertThat(calendar.isWorkingDay(day("2025-09-28"))).as("Sunday, make-up workday").isTrue();
        assertThat(calendar.isWorkingDay(day("2025-10-11"))).as("Saturday, make-up workday").isTrue();
    }

    @Test
    void sixteen_working_days_from_Tuesday_2026_02_10_cross_the_spring_festival() {
        assertThat(workingDaysAfter(day("2026-02-10"), 16)).containsExactly(
                day("2026-02-11"), day("2026-02-12"), day("2026-02-13"),
                day("2026-02-14"), // Saturday, make-up workday
                // Spring Festival 02-15..02-23 is skipped
                day("2026-02-24"), day("2026-02-25"), day("2026-02-26"), day("2026-02-27"),
                day("2026-02-28"), // Saturday, make-up workday
                day("2026-03-02"), day("2026-03-03"), day("2026-03-04"), day("2026-03-05"), day("2026-03-06"),
                day("2026-03-09"), day("2026-03-10"));
        assertThat(calendar.plusWorkingDays(day("2026-02-10"), 16)).isEqualTo(day("2026-03-10"));
        assertThat(calendar.workingDaysBetween(day("2026-02-14"), day("2026-02-23"))).isZero();
    }

    @Test
    void the_next_working_day_after_a_holiday_eve_is_the_day_after_the_holiday() {
        assertThat(calendar.nextWorkingDayAfter(day("2025-09-30"))).isEqualTo(day("2025-10-09"));
        assertThat(calendar.nextWorkingDayAfter(day("2026-02-14"))).isEqualTo(day("2026-02-24"));
    }

    @Test
    void counting_zero_working_days_stays_on_the_start_day_even_when_it_is_off() {
        assertThat(calendar.plusWorkingDays(day("2025-10-03"), 0)).isEqualTo(day("2025-10-03"));
        assertThat(calendar.workingDaysBetween(day("2025-10-24"), day("2025-10-24"))).isZero();
        assertThat(calendar.workingDaysBetween(day("2025-10-24"), day("2025-09-26"))).isZero();
    }

    @Test
    void a_negative_number_of_working_days_is_refused() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(day("2025-09-26"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void working_days_are_counted_across_the_turn_of_the_year() {
        // 2025-12-29..31 (Mon-Wed); 2026-01-01..03 New Year off; Sunday 01-04 a make-up workday; 01-05..09
        assertThat(calendar.workingDaysBetween(day("2025-12-28"), day("2026-01-09"))).isEqualTo(9);
        assertThat(calendar.plusWorkingDays(day("2025-12-31"), 1)).isEqualTo(day("2026-01-04"));
    }

    private List<LocalDate> workingDaysAfter(LocalDate start, int count) {
        return Stream.iterate(calendar.nextWorkingDayAfter(start), calendar::nextWorkingDayAfter).limit(count).toList();
    }

    private static LocalDate plusWeekdays(LocalDate start, int count) {
        LocalDate day = start;
        for (int remaining = count; remaining > 0; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek().getValue() <= 5) {
                remaining--;
            }
        }
        return day;
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
