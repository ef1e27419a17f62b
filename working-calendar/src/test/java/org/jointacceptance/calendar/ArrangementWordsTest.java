package org.jointacceptance.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every reason the calendar gives for refusing an arrangement or a notice is worded in English and in Chinese, each in
 * its own script, and a refusal reads in the language asked for, dates and weekdays as its readers write them.
 */
class ArrangementWordsTest {

    private static final Pattern REFUSAL = Pattern.compile("new (?:InvalidArrangement|UnreadableNotice)Exception\\(([^;]*)"
            + "|words\\(\"([a-z-]+)\"");
    private static final Pattern KEY = Pattern.compile("\"([a-z]+(?:-[a-z]+)+)\"");
    /** What each language may quote of the other: the notice's own text, field names, formats. */
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|「[^」]*」|\\{\\d+}|JSON|yyyy-MM-dd");

    @Test
    void every_reason_the_code_gives_is_worded_in_both_languages_each_in_its_own_script() throws IOException {
        Properties english = load("arrangement.properties");
        Properties chinese = load("arrangement_zh.properties");
        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(QUOTED.matcher(english.getProperty(key)).replaceAll("")).as("%s in English", key)
                    .doesNotContainPattern("\\p{IsHan}");
            assertThat(QUOTED.matcher(chinese.getProperty(key)).replaceAll("")).as("%s in Chinese", key)
                    .doesNotContainPattern("[A-Za-z]");
        }
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher refusal = REFUSAL.matcher(Files.readString(file));
                while (refusal.find()) {
                    if (refusal.group(2) != null) {
                        used.add(refusal.group(2));
                        continue;
                    }
                    Matcher key = KEY.matcher(refusal.group(1));
                    while (key.find()) {
                        used.add(key.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(30);
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @Test
    void a_refusal_reads_in_chinese_with_chinese_dates_and_weekdays_and_in_english_with_english_ones() {
        InvalidArrangementException refused = catchThrowableOfType(InvalidArrangementException.class,
                () -> new YearArrangement(2025, "2025.1", "notice", List.of(), List.of(LocalDate.of(2025, 10, 15))));

        assertThat(refused.message(Locale.forLanguageTag("zh-CN")))
                .isEqualTo("2025年安排：调休上班日2025年10月15日是星期三；调休上班日只能是星期六或星期日");
        assertThat(refused.message(Locale.ENGLISH)).isEqualTo(refused.getMessage()).isEqualTo(
                "2025 arrangement: make-up workday 2025-10-15 is a Wednesday; make-up workdays must be Saturdays or Sundays");
    }

    @Test
    void an_unreadable_line_of_a_notice_is_named_in_either_language() {
        UnreadableNoticeException refused = catchThrowableOfType(UnreadableNoticeException.class,
                () -> HolidayNotice.read(2027, "一、植树节：3月12日放假。", "2027.1"));

        assertThat(refused.message(Locale.SIMPLIFIED_CHINESE)).startsWith("无法读取通知第1行（「一、植树节：3月12日放假。」）：「植树节」不是法定节假日");
        assertThat(refused.getMessage()).startsWith("Line 1 of the notice could not be read (「一、植树节：3月12日放假。」): "
                + "'植树节' is not a statutory holiday");
    }

    private static Properties load(String name) throws IOException {
        Properties words = new Properties();
        try (InputStream in = ArrangementWordsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }
}
