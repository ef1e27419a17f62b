package org.jointacceptance.messaging.acceptance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A coordinator loaded one year of the State Council's working-day arrangement: a year not loaded before, or a
 * correction with a later version. It carries the whole arrangement, so that every department counts working days
 * on the same calendar as the coordinator's clock without asking for it.
 */
public record CalendarYearLoaded(int year, String version, String source, List<Holiday> holidays,
        List<LocalDate> makeUpWorkdays, String coordinator, String reason) {

    /** A statutory holiday period, both ends inclusive, e.g. "National Day 国庆节" 2025-10-01..2025-10-08. */
    public record Holiday(String name, LocalDate from, LocalDate to) {

        public Holiday {
            requireNonNull(name, "name");
            requireNonNull(from, "from");
            requireNonNull(to, "to");
        }
    }

    public CalendarYearLoaded {
        requireNonNull(version, "version");
        requireNonNull(source, "source");
        holidays = List.copyOf(requireNonNull(holidays, "holidays"));
        makeUpWorkdays = List.copyOf(requireNonNull(makeUpWorkdays, "makeUpWorkdays"));
        if (year < 1) {
            throw new IllegalArgumentException("year must be 1 or more");
        }
    }
}
