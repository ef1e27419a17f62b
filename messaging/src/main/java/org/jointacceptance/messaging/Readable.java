package org.jointacceptance.messaging;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What a person reads, in their language ({@code zh-CN} or {@code en}), for what the events carry as codes and ISO
 * dates: a department by the city's own name for it ({@code department-name.<code>.<language>}: defaults in this
 * module's {@code META-INF/microprofile-config.properties}, which a service's own configuration overrides; the code
 * itself for a department the city has not named), and a date as it is written in that language (2026年6月24日,
 * 24 June 2026).
 */
public final class Readable {

    public static final String CHINESE = "zh-CN";
    public static final String ENGLISH = "en";

    private Readable() {
    }

    public static String department(String code, String language) {
        if (code == null) {
            return "";
        }
        return ConfigProvider.getConfig().getOptionalValue("department-name." + code + "." + language, String.class)
                .orElse(code);
    }

    public static String date(LocalDate date, String language) {
        if (date == null) {
            return "";
        }
        return ENGLISH.equals(language)
                ? date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                        + date.getYear()
                : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
