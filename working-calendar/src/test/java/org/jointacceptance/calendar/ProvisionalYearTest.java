package org.jointacceptance.calendar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year whose arrangement is not published is counted on the statutory holidays alone, computed from the lunisolar
 * calendar and the solar terms, never typed; the rule is checked against the years the State Council has published.
 */
class ProvisionalYearTest {

    private static final WorkingCalendar OFFICIAL = WorkingCalendar.official();

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void every_statutory_holiday_the_rule_computes_is_a_day_off_in_the_official_arrangement(int year) {
        YearArrangement provisional = StatutoryHolidays.provisionalArrangement(year);
        List<LocalDate> days = new ArrayList<>();
        provisional.holidays().forEach(holiday -> holiday.from().datesUntil(holiday.to().plusDays(1)).forEach(days::add));

        assertThat(days).hasSize(13).allSatisfy(day -> assertThat(OFFICIAL.isWorkingDay(day)).as(day + " is off")
                .isFalse());
    }

    @ParameterizedTest
    @ValueSource(ints = {2020, 2021, 2022, 2023, 2024, 2025, 2026})
    void the_lunar_and_solar_term_dates_fall_within_the_published_holidays(int year) {
        YearArrangement published = OFFICIAL.arrangement(year);
        LocalDate lunarNewYear = ChineseLunisolarDates.date(year, 1, 1);

        assertThat(holidayOn(published, lunarNewYear)).contains("春节");
        assertThat(holidayOn(published, ChineseLunisolarDates.qingming(year))).contains("清明节");
        assertThat(holidayOn(published, ChineseLunisolarDates.date(year, 5, 5))).contains("端午节");
        assertThat(holidayOn(published, ChineseLunisolarDates.date(year, 8, 15))).contains("中秋节");
    }

    @ParameterizedTest
    @CsvSource({
            // Lunar New Year, Dragon Boat, Mid-Autumn, Qingming; 2027 and 2030 are where a low-precision moon errs
            "2027, 2027-02-06, 2027-06-09, 2027-09-15, 2027-04-05",
            "2028, 2028-01-26, 2028-05-28, 2028-10-03, 2028-04-04",
            "2030, 2030-02-03, 2030-06-05, 2030-09-12, 2030-04-05",
    })
    void the_lunar_dates_of_coming_years(int year, LocalDate newYear, LocalDate dragonBoat, LocalDate midAutumn,
            LocalDate qingming) {
        assertThat(ChineseLunisolarDates.date(year, 1, 1)).isEqualTo(newYear);
        assertThat(ChineseLunisolarDates.date(year, 5, 5)).isEqualTo(dragonBoat);
        assertThat(ChineseLunisolarDates.date(year, 8, 15)).isEqualTo(midAutumn);
        assertThat(ChineseLunisolarDates.qingming(year)).isEqualTo(qingming);
    }

    @Test
    void the_provisional_2027_has_the_statutory_days_off_and_no_make_up_workdays() {
        YearArrangement provisional = StatutoryHolidays.provisionalArrangement(2027);

        assertThat(provisional.version()).isEqualTo("2027.0-provisional");
        assertThat(StatutoryHolidays.isProvisional(provisional.version())).isTrue();
        assertThat(provisional.makeUpWorkdays()).isEmpty();
        assertThat(provisional.holidays()).extracting(h -> h.name() + " " + h.from() + ".." + h.to()).containsExactly(
                "New Year's Day 元旦 2027-01-01..2027-01-01",
                "Spring Festival 春节 2027-02-05..2027-02-08",
                "Qingming Festival 清明节 2027-04-05..2027-04-05",
                "Labour Day 劳动节 2027-05-01..2027-05-02",
                "Dragon Boat Festival 端午节 2027-06-09..2027-06-09",
                "Mid-Autumn Festival 中秋节 2027-09-15..2027-09-15",
                "National Day 国庆节 2027-10-01..2027-10-03");
    }

    @Test
    void a_mid_autumn_festival_within_national_day_joins_it() {
        YearArrangement provisional = StatutoryHolidays.provisionalArrangement(2028);

        assertThat(provisional.holidays()).last().satisfies(holiday -> {
            assertThat(holiday.name()).isEqualTo("Mid-Autumn Festival and National Day 中秋节、国庆节");
            assertThat(holiday.from()).isEqualTo("2028-10-01");
            assertThat(holiday.to()).isEqualTo("2028-10-03");
        });
    }

    @Test
    void a_due_date_reaching_into_an_unpublished_year_is_counted_and_marked_provisional() {
        LocalDate due = OFFICIAL.plusWorkingDays(LocalDate.of(2026, 12, 20), 16);

        assertThat(due).as("1 January off, no make-up workday").isEqualTo("2027-01-12");
        assertThat(OFFICIAL.isProvisional(due)).isTrue();
        assertThat(OFFICIAL.isProvisional(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(OFFICIAL.isWorkingDay(LocalDate.of(2027, 2, 8))).as("third day of the lunar year").isFalse();
        assertThat(OFFICIAL.isWorkingDay(LocalDate.of(2027, 2, 9))).isTrue();
    }

    @Test
    void loading_the_published_year_replaces_the_provisional_one() {
        YearArrangement published = new YearArrangement(2027, "2027.1", "test data, not the real 2027 notice",
                List.of(new YearArrangement.Holiday("New Year's Day 元旦", LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 1, 3))), List.of(LocalDate.of(2027, 1, 9)));
        WorkingCalendar loaded = OFFICIAL.withYear(published);

        assertThat(published.supersedes(StatutoryHolidays.provisionalArrangement(2027))).isTrue();
        assertThat(loaded.isProvisional(LocalDate.of(2027, 1, 12))).isFalse();
        assertThat(loaded.plusWorkingDays(LocalDate.of(2026, 12, 20), 16)).as("9 January is worked").isEqualTo("2027-01-11");
        assertThat(loaded.isProvisional(LocalDate.of(2028, 1, 3))).isTrue();
    }

    private static String holidayOn(YearArrangement arrangement, LocalDate day) {
        return arrangement.holidays().stream().filter(holiday -> holiday.contains(day)).map(YearArrangement.Holiday::name)
                .findFirst().orElse("no holiday on " + day);
    }
}
