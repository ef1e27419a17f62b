package org.jointacceptance.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every day of 2020..2026 agrees with the public holiday-cn reference (MIT), which lists the days its notices name
 * with {@code isOffDay}; a day it does not list is a working day exactly when it is Monday to Friday.
 *
 * <p>Days the reference lists that our data has no entry for, checked against the primer and found consistent:
 * <ul>
 *   <li>2020-02-01 (Saturday): off in the reference, as in the primer's corrected 2020; the first 2020 notice had
 *       it as a make-up workday.</li>
 *   <li>2020-02-03 (Monday): listed with isOffDay=false under 春节, meaning "back to work after the extended
 *       holiday". An ordinary working day, not a make-up workday (those are Saturdays or Sundays).</li>
 *   <li>2022-12-31 (Saturday): listed in the reference's 2023 file as part of the 2023 New Year holiday. Off as
 *       any Saturday; our data keeps every date in its own year, so no 2022 entry is needed.</li>
 * </ul>
 * No day disagrees, so no exception is made below.
 */
class ReferenceAgreementTest {

    private static final int FIRST_YEAR = 2020;
    private static final int LAST_YEAR = 2026;
    private static final WorkingCalendar CALENDAR = WorkingCalendar.official();

    /** isOffDay by date, from every file of the reference. */
    private static Map<LocalDate, Boolean> reference;

    @BeforeAll
    static void readReference() throws IOException {
        Path folder = referenceFolder();
        if (!Files.isDirectory(folder)) {
            fail("The public holiday-cn reference is missing: expected a folder of YYYY.json files at " + folder
                    + " (shared/reference/holiday-cn beside the checkout, or set -Dholiday-cn.reference.dir)");
        }
        reference = new TreeMap<>();
        var mapper = new ObjectMapper();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            if (!Files.isRegularFile(folder.resolve(year + ".json"))) {
                fail("The holiday-cn reference has no " + year + ".json in " + folder);
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d{4}\\.json")).sorted().toList()) {
                for (JsonNode day : mapper.readTree(file.toFile()).path("days")) {
                    LocalDate date = LocalDate.parse(day.path("date").asText());
                    Boolean offDay = day.path("isOffDay").asBoolean();
                    Boolean earlier = reference.putIfAbsent(date, offDay);
                    if (earlier != null && !earlier.equals(offDay)) {
                        fail("The reference contradicts itself on " + date + " (" + file + ")");
                    }
                }
            }
        }
    }

    @Test
    void every_day_of_2020_to_2026_is_working_or_off_as_in_the_reference() {
        List<String> disagreements = new ArrayList<>();
        LocalDate.of(FIRST_YEAR, 1, 1).datesUntil(LocalDate.of(LAST_YEAR + 1, 1, 1)).forEach(day -> {
            Boolean offDay = reference.get(day);
            boolean referenceSaysWorking = offDay == null ? !YearArrangement.isWeekend(day) : !offDay;
            if (CALENDAR.isWorkingDay(day) != referenceSaysWorking) {
                disagreements.add(day + " (" + day.getDayOfWeek() + "): reference says "
                        + (referenceSaysWorking ? "working" : "off"));
            }
        });

        assertThat(disagreements).as("days on which the calendar and the reference disagree").isEmpty();
    }

    @Test
    void the_make_up_workdays_are_the_weekend_days_the_reference_marks_as_worked() {
        List<LocalDate> workedWeekendDays = referenceDaysOfOurYears()
                .filter(day -> !reference.get(day) && YearArrangement.isWeekend(day)).toList();
        List<LocalDate> makeUpWorkdays = CALENDAR.years().stream()
                .flatMap(year -> CALENDAR.arrangement(year).makeUpWorkdays().stream()).toList();

        assertThat(makeUpWorkdays).containsExactlyElementsOf(workedWeekendDays);
    }

    @Test
    void the_weekdays_off_are_the_weekdays_the_reference_marks_as_off() {
        List<LocalDate> weekdaysOffInReference = referenceDaysOfOurYears()
                .filter(day -> reference.get(day) && !YearArrangement.isWeekend(day)).toList();
        List<LocalDate> weekdaysOffInOurData = CALENDAR.years().stream()
                .flatMap(year -> CALENDAR.arrangement(year).holidays().stream())
                .flatMap(holiday -> holiday.from().datesUntil(holiday.to().plusDays(1)))
                .filter(day -> !YearArrangement.isWeekend(day)).toList();

        assertThat(weekdaysOffInOurData).containsExactlyElementsOf(weekdaysOffInReference);
    }

    @Test
    void the_reference_has_the_corrected_2020_spring_festival_too() {
        assertThat(reference.get(LocalDate.of(2020, 2, 1))).as("2020-02-01 isOffDay").isTrue();
        assertThat(reference.get(LocalDate.of(2020, 2, 3))).as("2020-02-03 isOffDay").isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2020, 2, 3))).isTrue();
    }

    private static Stream<LocalDate> referenceDaysOfOurYears() {
        return reference.keySet().stream()
                .filter(day -> day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR);
    }

    private static Path referenceFolder() {
        String configured = System.getProperty("holiday-cn.reference.dir");
        Path folder = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.dir"), "..", "..", "shared", "reference", "holiday-cn");
        return folder.toAbsolutePath().normalize();
    }
}
