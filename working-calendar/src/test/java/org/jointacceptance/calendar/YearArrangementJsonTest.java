package org.jointacceptance.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The project's JSON format for a year's arrangement, as shipped and as the calendar API will accept it. */
class YearArrangementJsonTest {

    private static final String NATIONAL_DAY_2025 = """
            {"year": 2025, "version": "2025.1", "source": "国务院办公厅关于2025年部分节假日安排的通知",
             "holidays": [{"name": "National Day and Mid-Autumn Festival 国庆节、中秋节", "from": "2025-10-01", "to": "2025-10-08"}],
             "makeUpWorkdays": ["2025-09-28", "2025-10-11"]}
            """;

    @Test
    void an_arrangement_is_read_from_json() {
        YearArrangement arrangement = YearArrangementJson.parse(NATIONAL_DAY_2025);

        assertThat(arrangement.year()).isEqualTo(2025);
        assertThat(arrangement.version()).isEqualTo("2025.1");
        assertThat(arrangement.source()).isEqualTo("国务院办公厅关于2025年部分节假日安排的通知");
        assertThat(arrangement.holidays()).containsExactly(new YearArrangement.Holiday(
                "National Day and Mid-Autumn Festival 国庆节、中秋节", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8)));
        assertThat(arrangement.makeUpWorkdays()).containsExactly(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));
    }

    @Test
    void an_arrangement_is_read_from_a_utf8_stream() {
        var stream = new ByteArrayInputStream(NATIONAL_DAY_2025.getBytes(StandardCharsets.UTF_8));

        assertThat(YearArrangementJson.parse(stream)).isEqualTo(YearArrangementJson.parse(NATIONAL_DAY_2025));
    }

    @ParameterizedTest
    @MethodSource("shippedYears")
    void every_shipped_year_survives_writing_and_reading_back(int year) {
        YearArrangement shipped = WorkingCalendar.official().arrangement(year);

        assertThat(YearArrangementJson.parse(YearArrangementJson.write(shipped))).isEqualTo(shipped);
    }

    static List<Integer> shippedYears() {
        return WorkingCalendar.SHIPPED_YEARS;
    }

    @Test
    void text_that_is_not_json_is_refused() {
        assertRefused("{\"year\": 2025,", "not valid JSON");
        assertRefused("", "must be a JSON object");
        assertRefused("[]", "must be a JSON object");
        assertRefused(NATIONAL_DAY_2025 + " {}", "not valid JSON");
    }

    @Test
    void a_missing_field_is_named() {
        assertRefused(NATIONAL_DAY_2025.replace("\"version\": \"2025.1\",", ""), "'version' is missing");
        assertRefused(NATIONAL_DAY_2025.replace("\"from\": \"2025-10-01\",", ""), "'holidays[0].from' is missing");
    }

    @Test
    void a_misspelt_field_is_refused_rather_than_ignored() {
        assertRefused(NATIONAL_DAY_2025.replace("makeUpWorkdays", "makeupWorkdays"), "unknown field 'makeupWorkdays'");
    }

    @Test
    void a_field_given_twice_is_refused() {
        assertRefused(NATIONAL_DAY_2025.replace("\"year\": 2025,", "\"year\": 2025, \"year\": 2026,"), "not valid JSON");
    }

    @Test
    void values_of_the_wrong_kind_are_named() {
        assertRefused(NATIONAL_DAY_2025.replace("\"year\": 2025", "\"year\": \"2025\""), "'year' must be a whole number");
        assertRefused(NATIONAL_DAY_2025.replace("\"2025-10-11\"", "\"2025-13-11\""),
                "'makeUpWorkdays[1]' is not a date yyyy-MM-dd: \"2025-13-11\"");
        assertRefused(NATIONAL_DAY_2025.replace("\"2025-10-11\"", "20251011"), "'makeUpWorkdays[1]' must be a date string");
        assertRefused(NATIONAL_DAY_2025.replace("\"holidays\": [", "\"holidays\": {\"x\": ").replace("}],", "}},"),
                "'holidays' must be an array");
    }

    @Test
    void data_breaking_the_calendar_rules_is_refused_when_read() {
        assertRefused(NATIONAL_DAY_2025.replace("2025-10-11", "2025-10-15"), "make-up workday 2025-10-15 is a Wednesday");
    }

    private static void assertRefused(String json, String expectedMessage) {
        assertThatThrownBy(() -> YearArrangementJson.parse(json))
                .isInstanceOf(InvalidArrangementException.class)
                .hasMessageContaining(expectedMessage);
    }
}
