package org.jointacceptance.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Mainland China's official working days: Monday to Friday, except the State Council's statutory holidays, plus its
 * make-up workdays (调休). Built from yearly arrangements; immutable and safe to share between threads.
 *
 * <p>A year with no loaded arrangement, from {@link StatutoryHolidays#IN_FORCE_FROM} up to
 * {@value #PROVISIONAL_HORIZON_YEARS} years after the last loaded one, is counted on its provisional arrangement
 * ({@link StatutoryHolidays#provisionalArrangement}), and every date in it is
 * {@linkplain #isProvisional(LocalDate) provisional}. Any other year without an arrangement fails with
 * {@link CalendarYearNotLoadedException}; only the days a question actually looks at need to be loaded.
 */
public final class WorkingCalendar {

    /** Every date a person in the process sees is a date in this zone. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The years whose arrangements ship with the library, under {@code org/jointacceptance/calendar/cn/}. */
    public static final List<Integer> SHIPPED_YEARS = IntStream.rangeClosed(2020, 2026).boxed().toList();

    /** How many years past the last loaded one the provisional arrangements reach. */
    public static final int PROVISIONAL_HORIZON_YEARS = 10;

    private static final Map<Integer, YearTable> PROVISIONAL_TABLES = new ConcurrentHashMap<>();

    private final Map<Integer, YearArrangement> arrangements;
    private final int firstYear;
    private final YearTable[] tables;
    private final String version;

    private WorkingCalendar(TreeMap<Integer, YearArrangement> arrangements) {
        if (arrangements.isEmpty()) {
            throw new IllegalArgumentException("a working calendar needs at least one year's arrangement");
        }
        this.arrangements = Collections.unmodifiableMap(arrangements);
        this.firstYear = arrangements.firstKey();
        this.tables = new YearTable[arrangements.lastKey() - firstYear + 1];
        arrangements.forEach((year, arrangement) -> tables[year - firstYear] = YearTable.of(arrangement));
        this.version = arrangements.values().stream().map(YearArrangement::version).collect(Collectors.joining(","));
    }

    /** The calendar as shipped: the official arrangements for {@link #SHIPPED_YEARS}. */
    public static WorkingCalendar official() {
        return Official.CALENDAR;
    }

    public static WorkingCalendar of(YearArrangement... arrangements) {
        return of(List.of(arrangements));
    }

    /** A calendar of exactly these years; two arrangements for the same year are refused. */
    public static WorkingCalendar of(Collection<YearArrangement> arrangements) {
        var byYear = new TreeMap<Integer, YearArrangement>();
        for (YearArrangement arrangement : arrangements) {
            if (byYear.putIfAbsent(arrangement.year(), arrangement) != null) {
                throw new IllegalArgumentException("two arrangements for " + arrangement.year());
            }
        }
        return new WorkingCalendar(byYear);
    }

    /**
     * A new calendar with each of these arrangements whose year it does not hold, or holds in an earlier version: the
     * one rule by which every service takes in years kept elsewhere (a database, another replica), where an
     * arrangement may arrive late, twice, or after a later correction, and versions only ever grow.
     */
    public WorkingCalendar withNewest(Collection<YearArrangement> kept) {
        var byYear = new TreeMap<>(arrangements);
        for (YearArrangement arrangement : kept) {
            byYear.merge(arrangement.year(), arrangement, (held, other) -> other.supersedes(held) ? other : held);
        }
        return byYear.equals(arrangements) ? this : new WorkingCalendar(byYear);
    }

    /**
     * A new calendar with this year added, or replaced when the year is already loaded (a correction). A correction
     * must carry a later version ({@link YearArrangement#supersedes}), so that {@link #version()} always tells the
     * contents apart and every service that receives the year's arrangements keeps the same one, the latest.
     */
    public WorkingCalendar withYear(YearArrangement arrangement) {
        YearArrangement current = arrangements.get(arrangement.year());
        if (arrangement.equals(current)) {
            return this;
        }
        if (current != null && !arrangement.supersedes(current)) {
            throw new InvalidArrangementException("correction-not-later", arrangement.year(), current.version());
        }
        var byYear = new TreeMap<>(arrangements);
        byYear.put(arrangement.year(), arrangement);
        return new WorkingCalendar(byYear);
    }

    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(arrangements.keySet()));
    }

    public YearArrangement arrangement(int year) {
        YearArrangement arrangement = arrangements.get(year);
        if (arrangement == null) {
            throw notLoaded(year);
        }
        return arrangement;
    }

    /** The year's loaded arrangement, or else its provisional one. */
    public YearArrangement arrangementOrProvisional(int year) {
        if (isProvisional(year)) {
            return StatutoryHolidays.provisionalArrangement(year);
        }
        return arrangement(year);
    }

    /** Whether the year is counted on its provisional arrangement: none is loaded, and the statutory rule covers it. */
    public boolean isProvisional(int year) {
        return !arrangements.containsKey(year) && year >= StatutoryHolidays.IN_FORCE_FROM
                && year <= lastYear() + PROVISIONAL_HORIZON_YEARS;
    }

    /**
     * The year whose notice the city awaits on {@code today}: this year while it is provisional, or, from
     * {@code nextYearAwaitedFrom} on (the State Council usually publishes in November), next year while it is.
     */
    public Optional<Integer> awaitedYear(LocalDate today, MonthDay nextYearAwaitedFrom) {
        if (isProvisional(today.getYear())) {
            return Optional.of(today.getYear());
        }
        if (!MonthDay.from(today).isBefore(nextYearAwaitedFrom) && isProvisional(today.getYear() + 1)) {
            return Optional.of(today.getYear() + 1);
        }
        return Optional.empty();
    }

    /**
     * Whether a date counted in working days may still move when an arrangement is loaded: it lies in a year counted
     * on its provisional arrangement. (Counts start about today, and notices are published year after year, so a
     * count that reaches a loaded year has not run through a provisional one.)
     */
    public boolean isProvisional(LocalDate date) {
        return isProvisional(date.getYear());
    }

    /**
     * Identifies the loaded contents, e.g. {@code "2020.2,2021.1,2022.1"}: the version labels of the loaded years in
     * year order. Record it with every computed due date.
     */
    public String version() {
        return version;
    }

    public boolean isWorkingDay(LocalDate date) {
        return table(date.getYear()).isWorking(date.getDayOfYear());
    }

    /**
     * The {@code n}-th working day strictly after {@code start}: with intake accepted on {@code start}, the due date of
     * an {@code n}-working-day clock. {@code n = 0} gives {@code start} itself, working day or not.
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, got " + n);
        }
        LocalDate day = start;
        for (int remaining = n; remaining > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /**
     * A date counted {@code n} working days after {@code start} on the {@code counted} calendar, counted again on
     * this one: the same number of working days after the same start. How a due date follows a loaded year.
     */
    public LocalDate recounted(LocalDate start, LocalDate date, WorkingCalendar counted) {
        return plusWorkingDays(start, counted.workingDaysBetween(start, date));
    }

    public LocalDate nextWorkingDayAfter(LocalDate date) {
        return plusWorkingDays(date, 1);
    }

    /** The number of working days d with {@code startExclusive < d <= endInclusive}; 0 when end is not after start. */
    public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        if (!endInclusive.isAfter(startExclusive)) {
            return 0;
        }
        LocalDate first = startExclusive.plusDays(1);
        int count = 0;
        for (int year = first.getYear(); year <= endInclusive.getYear(); year++) {
            YearTable table = table(year);
            int fromDay = year == first.getYear() ? first.getDayOfYear() : 1;
            int toDay = year == endInclusive.getYear() ? endInclusive.getDayOfYear() : table.length();
            count += table.countWorking(fromDay, toDay);
        }
        return count;
    }

    /** Today's date in China ({@link #CHINA}) by this clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), CHINA);
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + version + "]";
    }

    private YearTable table(int year) {
        int index = year - firstYear;
        YearTable table = index >= 0 && index < tables.length ? tables[index] : null;
        if (table != null) {
            return table;
        }
        if (isProvisional(year)) {
            return PROVISIONAL_TABLES.computeIfAbsent(year,
                    provisional -> YearTable.of(StatutoryHolidays.provisionalArrangement(provisional)));
        }
        throw notLoaded(year);
    }

    private int lastYear() {
        return firstYear + tables.length - 1;
    }

    private CalendarYearNotLoadedException notLoaded(int year) {
        return new CalendarYearNotLoadedException(year, years());
    }

    /** One year's days, precomputed: {@code workingThrough[d]} counts the working days from 1 January to day-of-year d. */
    private record YearTable(int[] workingThrough) {

        static YearTable of(YearArrangement arrangement) {
            int length = Year.of(arrangement.year()).length();
            int[] workingThrough = new int[length + 1];
            LocalDate day = LocalDate.of(arrangement.year(), 1, 1);
            for (int dayOfYear = 1; dayOfYear <= length; dayOfYear++, day = day.plusDays(1)) {
                boolean working = arrangement.isMakeUpWorkday(day)
                        || !(YearArrangement.isWeekend(day) || arrangement.isHoliday(day));
                workingThrough[dayOfYear] = workingThrough[dayOfYear - 1] + (working ? 1 : 0);
            }
            return new YearTable(workingThrough);
        }

        int length() {
            return workingThrough.length - 1;
        }

        boolean isWorking(int dayOfYear) {
            return workingThrough[dayOfYear] != workingThrough[dayOfYear - 1];
        }

        int countWorking(int fromDayOfYear, int toDayOfYear) {
            return workingThrough[toDayOfYear] - workingThrough[fromDayOfYear - 1];
        }
    }

    private static final class Official {

        static final WorkingCalendar CALENDAR = of(SHIPPED_YEARS.stream().map(Official::load).toList());

        private static YearArrangement load(int year) {
            String resource = "cn/" + year + ".json";
            try (InputStream in = WorkingCalendar.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("shipped calendar data " + resource + " is missing");
                }
                YearArrangement arrangement = YearArrangementJson.parse(in);
                if (arrangement.year() != year) {
                    throw new IllegalStateException(resource + " holds the arrangement for " + arrangement.year());
                }
                return arrangement;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
