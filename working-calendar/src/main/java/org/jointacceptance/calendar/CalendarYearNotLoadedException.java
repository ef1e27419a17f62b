package org.jointacceptance.calendar;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A working-day question about a year that has neither a loaded arrangement nor a provisional one (a year before the
 * amended Measures, or far beyond the loaded years): the calendar never guesses.
 */
public class CalendarYearNotLoadedException extends RuntimeException {

    private final int year;
    private final Set<Integer> loadedYears;

    public CalendarYearNotLoadedException(int year, Set<Integer> loadedYears) {
        super("No official working-day arrangement is loaded for " + year + " (loaded years: " + loadedYears
                + ") and none can be made from the statutory holidays; load the State Council's arrangement for " + year
                + " first");
        this.year = year;
        this.loadedYears = Set.copyOf(loadedYears);
    }

    public int year() {
        return year;
    }

    /** The years the calendar could count in, in order. */
    public SortedSet<Integer> loadedYears() {
        return new TreeSet<>(loadedYears);
    }
}
