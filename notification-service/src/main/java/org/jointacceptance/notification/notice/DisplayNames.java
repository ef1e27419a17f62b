package org.jointacceptance.notification.notice;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What a reader sees, in their language, for what the events carry as codes and ISO dates: a department by the city's
 * own name for it ({@code notices.department.<code>.<language>}, e.g. 消防 for {@code fire}; the code itself for a
 * department the city has not named), and a date as it is written in that language (2026年6月24日, 24 June 2026).
 * The notice templates use it as {@code {zh:department(...)}}, {@code {en:date(...)}}.
 */
public final class DisplayNames {

    private DisplayNames() {
    }

    public static String department(String code, Language language) {
        if (code == null) {
            return "";
        }
        return ConfigProvider.getConfig()
                .getOptionalValue("notices.department." + code + "." + language.tag(), String.class).orElse(code);
    }

    public static String date(LocalDate date, Language language) {
        if (date == null) {
            return "";
        }
        return switch (language) {
            case ZH_CN -> date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
            case EN -> date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                    + date.getYear();
        };
    }

    /** {@code {zh:department(event.department)}}, {@code {zh:date(event.dueDate)}} in the Chinese templates. */
    @TemplateExtension(namespace = "zh")
    static final class Chinese {

        private Chinese() {
        }

        static String department(String code) {
            return DisplayNames.department(code, Language.ZH_CN);
        }

        static String date(LocalDate date) {
            return DisplayNames.date(date, Language.ZH_CN);
        }
    }

    /** {@code {en:department(event.department)}}, {@code {en:date(event.dueDate)}} in the English templates. */
    @TemplateExtension(namespace = "en")
    static final class English {

        private English() {
        }

        static String department(String code) {
            return DisplayNames.department(code, Language.EN);
        }

        static String date(LocalDate date) {
            return DisplayNames.date(date, Language.EN);
        }
    }
}
