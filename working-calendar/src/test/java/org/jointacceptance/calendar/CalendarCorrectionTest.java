package org.jointacceptance.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Arrangements are data loaded at run time: the 2020 Spring Festival was extended after it was announced (Saturday
 * 02-01, first a make-up workday, became an off day), and a new year's notice arrives each autumn.
 */
class CalendarCorrectionTest {

    /** 2020 as first announced in November 2019: Spring Festival 01-24..01-30, make-up workdays 01-19 and 02-01. */
    private static final YearArrangement FIRST_ANNOUNCED_2020 = YearArrangementJson.parse("""
            {"year": 2020, "version": "2020.1", "source": "国务院办公厅关于2020年部分节假日安排的通知",
             "holidays": [
               {"name": "New Year's Day 元旦", "from": "2020-01-01", "to": "2020-01-01"},
               {"name": "Spring Festival 春节", "from": "2020-01-24", "to": "2020-01-30"},
               {"name": "Qingming Festival 清明节", "from": "2020-04-04", "to": "2020-04-06"},
               {"name": "Labour Day 劳动节", "from": "2020-05-01", "to": "2020-05-05"},
               {"name": "Dragon Boat Festival 端午节", "from": "2020-06-25", "to": "2020-06-27"},
               {"name": "National Day and Mid-Autumn Festival 国庆节、中秋节", "from": "2020-10-01", "to": "2020-10-08"}
             ],
             "makeUpWorkdays": ["2020-01-19", "2020-02-01", "2020-04-26", "2020-05-09", "2020-06-28",
                                "2020-09-27", "2020-10-10"]}
            """);

    private static final YearArrangement CORRECTED_2020 = WorkingCalendar.official().arrangement(2020);

    @Test
    void as_first_announced_saturday_2020_02_01_was_a_make_up_workday() {
        WorkingCalendar firstAnnounced = WorkingCalendar.of(FIRST_ANNOUNCED_2020);

        assertThat(firstAnnounced.isWorkingDay(day("2020-01-31"))).isTrue();
        assertThat(firstAnnounced.isWorkingDay(day("2020-02-01"))).isTrue();
        assertThat(firstAnnounced.version()).isEqualTo("2020.1");
    }

    @Test
    void the_correction_makes_2020_01_31_to_02_02_off_and_changes_the_version() {
        WorkingCalendar firstAnnounced = WorkingCalendar.of(FIRST_ANNOUNCED_2020);
        WorkingCalendar corrected = firstAnnounced.withYear(CORRECTED_2020);

        day("2020-01-24").datesUntil(day("2020-02-03"))
                .forEach(day -> assertThat(corrected.isWorkingDay(day)).as("%s", day).isFalse());
        assertThat(corrected.nextWorkingDayAfter(day("2020-01-23"))).isEqualTo(day("2020-02-03"));
        assertThat(corrected.version()).isEqualTo("2020.2");
        assertThat(corrected.arrangement(2020).makeUpWorkdays()).doesNotContain(day("2020-02-01"));
    }

    @Test
    void a_due_date_depends_on_the_calendar_version_that_computed_it() {
        LocalDate intake = day("2020-01-23");
        WorkingCalendar firstAnnounced = WorkingCalendar.of(FIRST_ANNOUNCED_2020);
        WorkingCalendar corrected = firstAnnounced.withYear(CORRECTED_2020);

        assertThat(firstAnnounced.plusWorkingDays(intake, 16)).isEqualTo(day("2020-02-20"));
        assertThat(corrected.plusWorkingDays(intake, 16)).isEqualTo(day("2020-02-24"));
        assertThat(firstAnnounced.isWorkingDay(day("2020-02-01")))
                .as("a correction returns a new calendar; the old one is unchanged").isTrue();
    }

    @Test
    void the_shipped_calendar_holds_the_corrected_2020() {
        WorkingCalendar official = WorkingCalendar.official();

        assertThat(official.years()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(official.isWorkingDay(day("2020-02-01"))).isFalse();
        assertThat(official.version()).isEqualTo("2020.2,2021.1,2022.1,2023.1,2024.1,2025.1,2026.1");
        assertThat(official.arrangement(2020).source()).contains("延长2020年春节假期");
    }

    @Test
    void a_correction_must_carry_a_later_version() {
        YearArrangement sameVersionOtherContents = new YearArrangement(2020, "2020.1", CORRECTED_2020.source(),
                CORRECTED_2020.holidays(), CORRECTED_2020.makeUpWorkdays());

        assertThatThrownBy(() -> WorkingCalendar.of(FIRST_ANNOUNCED_2020).withYear(sameVersionOtherContents))
                .isInstanceOf(InvalidArrangementException.class)
                .hasMessageContaining("must carry a later version than 2020.1");
        assertThatThrownBy(() -> WorkingCalendar.of(CORRECTED_2020).withYear(FIRST_ANNOUNCED_2020))
                .as("the first announcement arriving after the correction")
                .isInstanceOf(InvalidArrangementException.class)
                .hasMessageContaining("must carry a later version than 2020.2");
    }

    @Test
    void versions_compare_part_by_part_with_numbers_as_numbers() {
        assertThat(CORRECTED_2020.supersedes(FIRST_ANNOUNCED_2020)).isTrue();
        assertThat(FIRST_ANNOUNCED_2020.supersedes(CORRECTED_2020)).isFalse();
        assertThat(CORRECTED_2020.supersedes(CORRECTED_2020)).as("a version does not supersede itself").isFalse();
        assertThat(version("2020.10").supersedes(version("2020.9"))).isTrue();
        assertThat(version("2020.2-b").supersedes(version("2020.2-a"))).isTrue();
        assertThat(version("2020.2-a").supersedes(version("2020.2"))).isTrue();
        assertThat(version("2020.2").supersedes(version("2020.2-a"))).isFalse();
        assertThatThrownBy(() -> CORRECTED_2020.supersedes(WorkingCalendar.official().arrangement(2021)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loading_the_same_arrangement_again_changes_nothing() {
        WorkingCalendar official = WorkingCalendar.official();

        assertThat(official.withYear(YearArrangementJson.parse(YearArrangementJson.write(CORRECTED_2020))))
                .isSameAs(official);
    }

    @Test
    void a_new_years_arrangement_is_loaded_at_run_time() {
        // made-up test data, not the real 2027 arrangement
        YearArrangement next = YearArrangementJson.parse("""
                {"year": 2027, "version": "2027.1", "source": "test data",
                 "holidays": [{"name": "New Year's Day 元旦", "from": "2027-01-01", "to": "2027-01-01"}],
                 "makeUpWorkdays": []}
                """);
        WorkingCalendar official = WorkingCalendar.official();

        assertThat(official.isProvisional(2027)).isTrue();
        WorkingCalendar extended = official.withYear(next);
        assertThat(extended.nextWorkingDayAfter(day("2026-12-31"))).isEqualTo(day("2027-01-04"));
        assertThat(extended.isProvisional(day("2027-01-04"))).isFalse();
        assertThat(extended.version()).endsWith(",2026.1,2027.1");
    }

    @Test
    void years_kept_elsewhere_are_taken_in_only_where_they_are_new_or_later_whatever_order_they_arrive_in() {
        WorkingCalendar firstAnnounced = WorkingCalendar.of(FIRST_ANNOUNCED_2020);

        WorkingCalendar corrected = firstAnnounced.withNewest(List.of(CORRECTED_2020, FIRST_ANNOUNCED_2020));
        assertThat(corrected.version()).isEqualTo("2020.2");
        assertThat(corrected.withNewest(List.of(FIRST_ANNOUNCED_2020)))
                .as("an earlier version arriving late changes nothing").isSameAs(corrected);
        assertThat(WorkingCalendar.of(CORRECTED_2020).withNewest(List.of(version("2020.10"))).version())
                .as("versions compare as numbers").isEqualTo("2020.10");
    }

    @Test
    void two_arrangements_for_one_year_in_one_calendar_are_refused() {
        assertThatThrownBy(() -> WorkingCalendar.of(FIRST_ANNOUNCED_2020, CORRECTED_2020))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2020");
    }

    private static YearArrangement version(String version) {
        return new YearArrangement(2020, version, CORRECTED_2020.source(), CORRECTED_2020.holidays(),
                CORRECTED_2020.makeUpWorkdays());
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
