package org.jointacceptance.portal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/**
 * Moments as the reader in China reads them, whatever offset the services answer in; days as English readers write
 * them.
 */
@TemplateExtension
final class ChinaTime {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_DAY_OF_YEAR = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private ChinaTime() {
    }

    /** A month as its reader writes it: 2026年6月, June 2026. */
    static String month(YearMonth month, Locale language) {
        return language.equals(Language.ENGLISH) ? month.format(ENGLISH_MONTH)
                : month.getYear() + "年" + month.getMonthValue() + "月";
    }

    static LocalDate chinaDate(OffsetDateTime moment) {
        return moment.atZoneSameInstant(CHINA).toLocalDate();
    }

    static String chinaTime(OffsetDateTime moment) {
        return moment.atZoneSameInstant(CHINA).format(HOURS_MINUTES);
    }

    /** A day as an English reader writes it: 24 June 2026. */
    static String english(LocalDate day) {
        return day.format(ENGLISH_DAY);
    }

    /** A day of this year as an English reader writes it: 24 June. */
    static String englishShort(LocalDate day) {
        return day.format(ENGLISH_DAY_OF_YEAR);
    }
}
