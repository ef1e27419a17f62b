package org.jointacceptance.calendar;

import java.util.Set;

/**
 * A working-day question about a year that has neither a loaded arrangement nor a provisional one (a year before the
 * amended Measures, or far beyond the loaded years): the calendar never guesses.
 */
public class CalendarYearNotLoadedException extends RuntimeException {

    private final int year;

    public CalendarYearNotLoadedException(int year, Set<Integer> loadedYears) {
        super("No official working-day arrangement is loaded for " + year + " (loaded years: " + loadedYears
                + ") and none can be made from the statutory holidays; load the State Council's arrangement for " + year
                + " first");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
