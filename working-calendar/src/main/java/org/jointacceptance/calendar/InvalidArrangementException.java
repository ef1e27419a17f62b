package org.jointacceptance.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year's holiday arrangement that cannot be accepted: malformed JSON or data that breaks the calendar's rules. It
 * says why in English ({@link #getMessage()}) and in Chinese ({@link #message(Locale)}), in the words of the catalogue
 * {@code org/jointacceptance/calendar/arrangement.properties} under its {@link #reason()}.
 */
public class InvalidArrangementException extends IllegalArgumentException {

    static final String WORDS = "org.jointacceptance.calendar.arrangement";
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Pattern FACT = Pattern.compile("\\{(\\d+)}");

    private final String reason;
    private final Object[] facts;

    /** Refused for {@code reason}, a key of the catalogue, whose {@code {0}, {1}...} the facts fill in. */
    public InvalidArrangementException(String reason, Object... facts) {
        this.reason = reason;
        this.facts = facts.clone();
    }

    /** The same refusal, caused by {@code cause} (the parser's own exception). */
    public InvalidArrangementException because(Throwable cause) {
        initCause(cause);
        return this;
    }

    public String reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }

    /** Why, in Chinese when {@code language} is Chinese, else in English; dates and weekdays as its readers write them. */
    public String message(Locale language) {
        return words(reason, language, facts);
    }

    static String words(String key, Locale language, Object... facts) {
        Locale in = language.getLanguage().equals("zh") ? CHINESE : Locale.ENGLISH;
        String pattern = ResourceBundle.getBundle(WORDS, in.equals(CHINESE) ? in : Locale.ROOT,
                InvalidArrangementException.class.getClassLoader(), NO_FALLBACK).getString(key);
        Matcher fact = FACT.matcher(pattern);
        StringBuilder text = new StringBuilder();
        while (fact.find()) {
            fact.appendReplacement(text, Matcher.quoteReplacement(readable(facts[Integer.parseInt(fact.group(1))], in)));
        }
        return fact.appendTail(text).toString();
    }

    private static String readable(Object fact, Locale language) {
        boolean chinese = language.equals(CHINESE);
        if (fact instanceof LocalDate day && chinese) {
            return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
        }
        if (fact instanceof DayOfWeek day) {
            return chinese ? "星期" + "一二三四五六日".charAt(day.getValue() - 1) : day.getDisplayName(TextStyle.FULL, language);
        }
        return String.valueOf(fact);
    }
}
