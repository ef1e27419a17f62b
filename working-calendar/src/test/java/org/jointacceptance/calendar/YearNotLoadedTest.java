package org.jointacceptance.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A question about a year with neither a loaded nor a provisional arrangement (before the amended Measures, or beyond
 * the provisional horizon) is an explicit error, never a guess from weekdays.
 */
class YearNotLoadedTest {

    private final WorkingCalendar calendar = WorkingCalendar.official();

    @Test
    void a_day_in_2019_is_neither_working_nor_off_it_is_unknown() {
        var error = catchThrowableOfType(CalendarYearNotLoadedException.class,
                () -> calendar.isWorkingDay(day("2019-06-03")));

        assertThat(error.year()).isEqualTo(2019);
        assertThat(error).hasMessageContaining("2019").hasMessageContaining("[2020, 2021");
    }

    @Test
    void a_day_beyond_the_provisional_horizon_is_unknown() {
        int beyond = 2026 + WorkingCalendar.PROVISIONAL_HORIZON_YEARS + 1;
        assertThat(calendar.isWorkingDay(day((beyond - 1) + "-03-04"))).isTrue();

        var error = catchThrowableOfType(CalendarYearNotLoadedException.class,
                () -> calendar.isWorkingDay(day(beyond + "-03-04")));
        assertThat(error.year()).isEqualTo(beyond);
    }

    @Test
    void counting_working_days_from_a_year_not_loaded_names_that_year() {
        var error = catchThrowableOfType(CalendarYearNotLoadedException.class,
                () -> calendar.workingDaysBetween(day("2019-12-01"), day("2020-01-10")));

        assertThat(error.year()).isEqualTo(2019);
    }

    @Test
    void asking_for_the_loaded_arrangement_of_a_provisional_year_names_that_year() {
        var error = catchThrowableOfType(CalendarYearNotLoadedException.class, () -> calendar.arrangement(2031));

        assertThat(error.year()).isEqualTo(2031);
        assertThat(calendar.arrangementOrProvisional(2031).version()).isEqualTo("2031.0-provisional");
    }

    @Test
    void only_the_days_counted_need_to_be_loaded() {
        assertThat(calendar.plusWorkingDays(day("2019-12-31"), 1))
                .as("2020-01-01 is New Year's Day").isEqualTo(day("2020-01-02"));
        assertThat(calendar.workingDaysBetween(day("2019-12-31"), day("2020-01-03"))).isEqualTo(2);
    }

    @Test
    void a_gap_between_loaded_years_before_the_amended_measures_is_unknown_too() {
        WorkingCalendar withGap = WorkingCalendar.of(calendar.arrangement(2020), calendar.arrangement(2022));

        var error = catchThrowableOfType(CalendarYearNotLoadedException.class,
                () -> withGap.plusWorkingDays(day("2020-12-20"), 30));
        assertThat(error.year()).isEqualTo(2021);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
