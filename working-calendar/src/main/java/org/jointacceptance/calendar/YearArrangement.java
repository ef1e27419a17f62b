package org.jointacceptance.calendar;

import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One year of the State Council's holiday arrangement: the statutory holidays (off days) and the make-up workdays
 * (调休, Saturdays or Sundays that are worked), with the version and notice they come from.
 *
 * <p>Every date lies in {@code year}. Holidays are kept sorted by start, make-up workdays in date order, so two
 * arrangements with the same content are equal whatever order they were listed in.
 *
 * <p>Versions order the arrangements of one year: a correction carries a later version than the arrangement it
 * corrects, so that wherever the arrangements of a year arrive late or twice, the latest one wins.
 */
public record YearArrangement(int year, String version, String source, List<Holiday> holidays,
                              List<LocalDate> makeUpWorkdays) {

    private static final Pattern VERSION = Pattern.compile("(\\d{4})\\.[0-9A-Za-z][0-9A-Za-z.-]*");
    private static final Pattern VERSION_PART = Pattern.compile("\\d+|\\D+");

    /** A named statutory holiday period, both ends inclusive, e.g. "National Day 国庆节" 2025-10-01..2025-10-08. */
    public record Holiday(String name, LocalDate from, LocalDate to) {

        public Holiday {
            if (name == null || name.isBlank()) {
                throw new InvalidArrangementException("holiday-without-name");
            }
            if (from == null || to == null) {
                throw new InvalidArrangementException("holiday-without-dates", name);
            }
            if (to.isBefore(from)) {
                throw new InvalidArrangementException("holiday-ends-before-start", name, to, from);
            }
        }

        public boolean contains(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    public YearArrangement {
        if (year < 1 || year > 9999) {
            throw new InvalidArrangementException("year-out-of-range", year);
        }
        var versionMatch = version == null ? null : VERSION.matcher(version);
        if (versionMatch == null || !versionMatch.matches() || Integer.parseInt(versionMatch.group(1)) != year) {
            throw new InvalidArrangementException("version-not-of-year", year, version);
        }
        if (source == null || source.isBlank()) {
            throw new InvalidArrangementException("source-missing", year);
        }
        holidays = sortedCopy(holidays, "holidays", Comparator.comparing(Holiday::from));
        makeUpWorkdays = sortedCopy(makeUpWorkdays, "makeUpWorkdays", Comparator.naturalOrder());

        Holiday previous = null;
        for (Holiday holiday : holidays) {
            for (LocalDate day : List.of(holiday.from(), holiday.to())) {
                if (day.getYear() != year) {
                    throw new InvalidArrangementException("holiday-outside-year", year, day, holiday.name());
                }
            }
            if (previous != null && !holiday.from().isAfter(previous.to())) {
                throw new InvalidArrangementException("holidays-overlap", year, previous.name(), holiday.name());
            }
            previous = holiday;
        }
        LocalDate previousDay = null;
        for (LocalDate day : makeUpWorkdays) {
            if (day.getYear() != year) {
                throw new InvalidArrangementException("make-up-workday-outside-year", year, day);
            }
            if (day.equals(previousDay)) {
                throw new InvalidArrangementException("make-up-workday-twice", year, day);
            }
            if (!isWeekend(day)) {
                throw new InvalidArrangementException("make-up-workday-not-weekend", year, day, day.getDayOfWeek());
            }
            for (Holiday holiday : holidays) {
                if (holiday.contains(day)) {
                    throw new InvalidArrangementException("make-up-workday-off", year, day, holiday.name());
                }
            }
            previousDay = day;
        }
    }

    /**
     * Whether this arrangement of the same year has a later version than {@code other}. Versions compare part by part,
     * numbers as numbers: 2025.2 comes after 2025.1, 2025.10 after 2025.9, and 2025.1-b after 2025.1-a and 2025.1.
     */
    public boolean supersedes(YearArrangement other) {
        if (other.year != year) {
            throw new IllegalArgumentException("a " + year + " arrangement cannot supersede one of " + other.year);
        }
        return compareVersions(version, other.version) > 0;
    }

    /** The day is off by this arrangement's holidays (weekends aside). */
    public boolean isHoliday(LocalDate date) {
        return holidays.stream().anyMatch(holiday -> holiday.contains(date));
    }

    public boolean isMakeUpWorkday(LocalDate date) {
        return makeUpWorkdays.contains(date);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static int compareVersions(String one, String other) {
        Matcher ones = VERSION_PART.matcher(one);
        Matcher others = VERSION_PART.matcher(other);
        while (ones.find()) {
            if (!others.find()) {
                return 1;
            }
            String part = ones.group();
            String otherPart = others.group();
            int order = Character.isDigit(part.charAt(0)) && Character.isDigit(otherPart.charAt(0))
                    ? new BigInteger(part).compareTo(new BigInteger(otherPart))
                    : part.compareTo(otherPart);
            if (order != 0) {
                return order;
            }
        }
        return others.find() ? -1 : 0;
    }

    private static <T> List<T> sortedCopy(List<T> items, String field, Comparator<? super T> order) {
        if (items == null || items.stream().anyMatch(Objects::isNull)) {
            throw new InvalidArrangementException("list-with-empty-entries", field);
        }
        return items.stream().sorted(order).toList();
    }
}
