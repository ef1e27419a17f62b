package org.jointacceptance.calendar;

import org.jointacceptance.calendar.YearArrangement.Holiday;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An arrangement that breaks the calendar's rules is refused with a message saying what is wrong. */
class YearArrangementValidationTest {

    private static final Holiday NATIONAL_DAY = new Holiday("National Day 国庆节", day("2025-10-01"), day("2025-10-08"));

    @Test
    void a_make_up_workday_on_a_wednesday_is_refused() {
        assertThatThrownBy(() -> arrangement2025(List.of(NATIONAL_DAY), List.of(day("2025-10-15"))))
                .isInstanceOf(InvalidArrangementException.class)
                .hasMessageContaining("2025-10-15 is a Wednesday")
                .hasMessageContaining("must be Saturdays or Sundays");
    }

    @Test
    void a_holiday_outside_the_year_is_refused() {
        Holiday spillsIntoNextYear = new Holiday("New Year's Day 元旦", day("2025-12-31"), day("2026-01-01"));

        assertThatThrownBy(() -> arrangement2025(List.of(spillsIntoNextYear), List.of()))
                .isInstanceOf(InvalidArrangementException.class)
                .hasMessageContaining("2026-01-01 lies outside 2025");
    }

    @Test
    void a_make_up_workday_outside_the_year_is_refused() {
        assertThatThrownBy(() -> arrangement2025(List.of(), List.of(day("2024-12-28"))))
                .isInstanceOf(InvalidArrangementException.class)
                .hasMessageContaining("2024-12-28 lies outside 2025");
    }

    @Test
    void a_day_both_off_and_make_up_workday_is_refused() {
        assertThatThrownBy(() -> arrangement2025(List.of(NATIONAL_DAY), List.of(day("2025-10-04"))))
                .isInstanceOf(InvalidArrangementException.class)
                .hasMessageContaining("2025-10-04 is both a make-up workday and an off day of 'National Day 国庆节'");
    }

    @Test
    void a_holiday_ending_before_it_starts_is_refused() {
        assertThatThrownBy(() -> new Holiday("National Day 国庆节", day("2025-10-08"), day("2025-10-01")))
                .isInstanceOf(InvalidArrangementException.class)
                .hasMessageContaining("ends (2025-10-01) before it starts (2025-10-08)");
    }

    @Test
    void overlapping_holidays_are_refused() {
        Holiday midAutumn = new Holiday("Mid-Autumn Festival 中秋节", day("2025-10-06"), day("2025-10-06"));

        assertThatThrownBy(() -> arrangement2025(List.of(NATIONAL_DAY, midAutumn), List.of()))
                .isInstanceOf(InvalidArrangementException.class)
                .hasMessageContaining("overlap");
    }

    @Test
    void a_make_up_workday_listed_twice_is_refused() {
        assertThatThrownBy(() -> arrangement2025(List.of(), List.of(day("2025-10-11"), day("2025-10-11"))))
                .isInstanceOf(InvalidArrangementException.class)
                .hasMessageContaining("listed twice");
    }

    @Test
    void the_version_label_starts_with_the_year() {
        assertThatThrownBy(() -> new YearArrangement(2025, "2024.3", "notice", List.of(), List.of()))
                .isInstanceOf(InvalidArrangementException.class)
                .hasMessageContaining("'2024.3'");
        assertThatThrownBy(() -> new YearArrangement(2025, "", "notice", List.of(), List.of()))
                .isInstanceOf(InvalidArrangementException.class);
        assertThat(new YearArrangement(2025, "2025.1-draft", "notice", List.of(), List.of()).version())
                .isEqualTo("2025.1-draft");
    }

    @Test
    void the_source_notice_is_required() {
        assertThatThrownBy(() -> new YearArrangement(2025, "2025.1", " ", List.of(), List.of()))
                .isInstanceOf(InvalidArrangementException.class)
                .hasMessageContaining("source");
    }

    @Test
    void the_order_in_which_days_are_listed_does_not_matter() {
        Holiday newYear = new Holiday("New Year's Day 元旦", day("2025-01-01"), day("2025-01-01"));

        assertThat(arrangement2025(List.of(NATIONAL_DAY, newYear), List.of(day("2025-10-11"), day("2025-09-28"))))
                .isEqualTo(arrangement2025(List.of(newYear, NATIONAL_DAY),
                        List.of(day("2025-09-28"), day("2025-10-11"))));
    }

    private static YearArrangement arrangement2025(List<Holiday> holidays, List<LocalDate> makeUpWorkdays) {
        return new YearArrangement(2025, "2025.1", "test", holidays, makeUpWorkdays);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
