package org.jointacceptance.calendar;

import java.util.Set;

/** A working-day question about a year whose official arrangement has not been loaded: the calendar never guesses. */
public class CalendarYearNotLoadedException extends RuntimeException {

    private final int year;

    public CalendarYearNotLoadedException(int year, Set<Integer> loadedYears) {
        super("No official working-day arrangement is loaded for " + year + " (loaded years: " + loadedYears
                + "); load the State Council's arrangement for " + year + " first");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
