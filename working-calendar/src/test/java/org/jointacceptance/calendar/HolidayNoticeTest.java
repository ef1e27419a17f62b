package org.jointacceptance.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The State Council's notices of 2020-2026, as published, read to exactly the arrangements the project ships. */
class HolidayNoticeTest {

    @ParameterizedTest
    @ValueSource(ints = {2021, 2022, 2023, 2024, 2025, 2026})
    void each_published_notice_reads_to_the_shipped_arrangement_of_its_year(int year) throws IOException {
        YearArrangement shipped = WorkingCalendar.official().arrangement(year);

        assertThat(HolidayNotice.read(year, notice(year), shipped.version())).isEqualTo(shipped);
    }

    @Test
    void the_2020_notice_reads_to_the_shipped_arrangement_before_the_spring_festival_was_extended() throws IOException {
        YearArrangement shipped = WorkingCalendar.official().arrangement(2020);
        YearArrangement read = HolidayNotice.read(2020, notice(2020), "2020.1");

        var holidays = new ArrayList<>(read.holidays());
        holidays.set(1, new YearArrangement.Holiday("Spring Festival 春节", LocalDate.of(2020, 1, 24),
                LocalDate.of(2020, 2, 2)));
        var makeUpWorkdays = new ArrayList<>(read.makeUpWorkdays());
        assertThat(makeUpWorkdays.remove(LocalDate.of(2020, 2, 1))).as("the extension cancelled it").isTrue();
        assertThat(new YearArrangement(2020, shipped.version(), shipped.source(), holidays, makeUpWorkdays))
                .isEqualTo(shipped);
        assertThat(read.source()).isEqualTo("国务院办公厅关于2020年部分节假日安排的通知");
    }

    @Test
    void items_run_together_on_one_line_with_ascii_punctuation_read_the_same() throws IOException {
        String flattened = notice(2026).replace('（', '(').replace('）', ')').replace('：', ':').replace("\n", " ");

        assertThat(HolidayNotice.read(2026, flattened, "2026.1")).isEqualTo(WorkingCalendar.official().arrangement(2026));
    }

    @Test
    void a_remark_in_brackets_after_the_title_stays_with_the_source() throws IOException {
        String text = notice(2026).replace("国务院办公厅关于2026年部分节假日安排的通知\n",
                "国务院办公厅关于2026年部分节假日安排的通知（演练示例）\n");

        assertThat(HolidayNotice.read(2026, text, "2026.2").source())
                .isEqualTo("国务院办公厅关于2026年部分节假日安排的通知（演练示例）");
    }

    @Test
    void a_line_it_cannot_read_is_named_and_nothing_is_read() throws IOException {
        String text = notice(2026).replace("五、端午节：6月19日（周五）至21日（周日）放假，共3天。",
                "五、端午节：另行通知。");

        var error = catchThrowableOfType(UnreadableNoticeException.class, () -> HolidayNotice.read(2026, text, "2026.1"));

        assertThat(error.lineNumber()).isEqualTo(text.lines().toList().indexOf("五、端午节：另行通知。") + 1);
        assertThat(error).hasMessageContaining("五、端午节：另行通知。").hasMessageContaining("放假");
    }

    @Test
    void a_weekday_that_is_not_the_dates_is_refused() throws IOException {
        String text = notice(2026).replace("1月4日（周日）上班", "1月4日（周六）上班");

        var error = catchThrowableOfType(UnreadableNoticeException.class, () -> HolidayNotice.read(2026, text, "2026.1"));

        assertThat(error).hasMessageContaining("1月4日（周六）").hasMessageContaining("Sunday");
    }

    @Test
    void the_notice_of_another_year_is_refused() throws IOException {
        var error = catchThrowableOfType(UnreadableNoticeException.class,
                () -> HolidayNotice.read(2027, notice(2026), "2027.1"));

        assertThat(error.lineNumber()).isEqualTo(1);
        assertThat(error).hasMessageContaining("notice for 2026, not 2027");
    }

    @Test
    void an_unknown_holiday_and_text_without_items_are_refused() {
        assertThat(catchThrowableOfType(UnreadableNoticeException.class,
                () -> HolidayNotice.read(2027, "一、植树节：3月12日放假。", "2027.1"))).hasMessageContaining("植树节");
        assertThat(catchThrowableOfType(UnreadableNoticeException.class,
                () -> HolidayNotice.read(2027, "Dear colleagues, see attachment.", "2027.1")).lineNumber()).isZero();
    }

    private static String notice(int year) throws IOException {
        try (InputStream in = HolidayNoticeTest.class.getResourceAsStream("notices/" + year + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
