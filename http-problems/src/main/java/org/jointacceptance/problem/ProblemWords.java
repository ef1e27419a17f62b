package org.jointacceptance.problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of problems, in English or in Chinese: each kind's title and detail, from the service's own catalogue
 * ({@code problems.properties} and {@code problems_zh.properties} at its classpath root), then from this module's
 * ({@code org/jointacceptance/problem/problems*.properties}). A detail names the facts it is given {0}, {1}...; a
 * date reads as its reader writes it, 2026年6月30日 or 2026-06-30.
 */
public final class ProblemWords {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final List<String> CATALOGUES = List.of("problems", "org.jointacceptance.problem.problems");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Pattern FACT = Pattern.compile("\\{(\\d+)}");

    private ProblemWords() {
    }

    /** A fact whose words depend on the reader's language, such as a department's name. */
    @FunctionalInterface
    public interface Fact {
        String in(Locale language);
    }

    /** The language to answer in: Chinese when the caller prefers it to English, else English. */
    public static Locale of(List<Locale> acceptable) {
        return acceptable.stream().map(Locale::getLanguage).filter(language -> language.equals("zh")
                || language.equals("en")).findFirst().filter("zh"::equals).map(zh -> CHINESE).orElse(ENGLISH);
    }

    /** The title of a kind of problem: its own, or its status's. */
    public static String title(String kind, int status, Locale language) {
        return word(kind + ".title", language).or(() -> word("status." + status, language))
                .orElseThrow(() -> missing(kind + ".title", language));
    }

    /** The words under {@code key}, with its facts put in. */
    public static String text(String key, Locale language, Object... facts) {
        String pattern = word(key, language).orElseThrow(() -> missing(key, language));
        Matcher fact = FACT.matcher(pattern);
        StringBuilder text = new StringBuilder();
        while (fact.find()) {
            int index = Integer.parseInt(fact.group(1));
            fact.appendReplacement(text, Matcher.quoteReplacement(index < facts.length
                    ? readable(facts[index], language) : fact.group()));
        }
        return fact.appendTail(text).toString();
    }

    /** Whether the catalogues have words under {@code key} in {@code language}. */
    public static boolean has(String key, Locale language) {
        return word(key, language).isPresent();
    }

    private static Optional<String> word(String key, Locale language) {
        for (String catalogue : CATALOGUES) {
            try {
                ResourceBundle words = ResourceBundle.getBundle(catalogue, language, ProblemWords.class.getClassLoader(),
                        NO_FALLBACK);
                if (words.containsKey(key)) {
                    return Optional.of(words.getString(key));
                }
            } catch (MissingResourceException noSuchCatalogue) {
                // a service without problems of its own
            }
        }
        return Optional.empty();
    }

    private static String readable(Object fact, Locale language) {
        if (fact instanceof Fact worded) {
            return worded.in(language);
        }
        if (fact instanceof LocalDate day && language.equals(CHINESE)) {
            return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
        }
        return String.valueOf(fact);
    }

    private static IllegalStateException missing(String key, Locale language) {
        return new IllegalStateException("No words for problem " + key + " in " + language);
    }
}
