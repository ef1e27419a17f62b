package org.jointacceptance.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The public holidays every citizen has by law, whatever the State Council later arranges: article 2 of the
 * <i>Measures on National Annual Holidays and Memorial Days</i> (《全国年节及纪念日放假办法》) as amended with effect
 * from 1 January 2025 — New Year's Day 1 day; Spring Festival 4 days, the eve and the first three days of the lunar
 * year; Qingming 1 day; Labour Day 2 days, 1-2 May; Dragon Boat 1 day; Mid-Autumn 1 day; National Day 3 days,
 * 1-3 October.
 *
 * <p>A year whose arrangement is not yet published is counted on its <b>provisional arrangement</b>: these days off
 * and the weekends, with no make-up workdays, which nobody can know before the notice. The State Council's notice
 * only ever adds days off around these (bridging to a weekend) and moves weekend days to make-up workdays, so a
 * provisional due date is seldom more than a few days from the official one.
 */
public final class StatutoryHolidays {

    /** The first year the amended Measures govern; earlier years are only ever counted from their notices. */
    public static final int IN_FORCE_FROM = 2025;

    /** Every provisional arrangement has this revision, below every published one ({@code 2027.1} supersedes it). */
    public static final String PROVISIONAL_REVISION = "0-provisional";

    static final String SOURCE = "Provisional: the statutory holidays of the Measures on National Annual Holidays and"
            + " Memorial Days as amended in force from 2025-01-01, weekends off, no make-up workdays, until the State"
            + " Council's arrangement is loaded (暂定：《全国年节及纪念日放假办法》法定假日与周末，无调休上班日)";

    private StatutoryHolidays() {
    }

    /** Whether {@code version} names a provisional arrangement. */
    public static boolean isProvisional(String version) {
        return version.endsWith("." + PROVISIONAL_REVISION);
    }

    /** The provisional arrangement of {@code year}, from the statutory holidays alone. */
    public static YearArrangement provisionalArrangement(int year) {
        if (year < IN_FORCE_FROM) {
            throw new IllegalArgumentException("the amended Measures govern from " + IN_FORCE_FROM + ", not " + year);
        }
        LocalDate lunarNewYear = ChineseLunisolarDates.date(year, 1, 1);
        var holidays = new ArrayList<YearArrangement.Holiday>();
        add(holidays, "New Year's Day 元旦", LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 1));
        add(holidays, "Spring Festival 春节", lunarNewYear.minusDays(1), lunarNewYear.plusDays(2));
        add(holidays, "Qingming Festival 清明节", ChineseLunisolarDates.qingming(year),
                ChineseLunisolarDates.qingming(year));
        add(holidays, "Labour Day 劳动节", LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 2));
        LocalDate dragonBoat = ChineseLunisolarDates.date(year, 5, 5);
        add(holidays, "Dragon Boat Festival 端午节", dragonBoat, dragonBoat);
        LocalDate midAutumn = ChineseLunisolarDates.date(year, 8, 15);
        add(holidays, "Mid-Autumn Festival 中秋节", midAutumn, midAutumn);
        add(holidays, "National Day 国庆节", LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 3));
        return new YearArrangement(year, year + "." + PROVISIONAL_REVISION, SOURCE, holidays, List.of());
    }

    /** Adds the holiday, joined with one it meets or overlaps (Mid-Autumn on 1-3 October, as in 2028 and 2031). */
    private static void add(List<YearArrangement.Holiday> holidays, String name, LocalDate from, LocalDate to) {
        for (int i = 0; i < holidays.size(); i++) {
            YearArrangement.Holiday other = holidays.get(i);
            if (!from.isAfter(other.to().plusDays(1)) && !to.isBefore(other.from().minusDays(1))) {
                holidays.set(i, new YearArrangement.Holiday(joinedName(other.name(), name),
                        from.isBefore(other.from()) ? from : other.from(), to.isAfter(other.to()) ? to : other.to()));
                return;
            }
        }
        holidays.add(new YearArrangement.Holiday(name, from, to));
    }

    /** "National Day 国庆节" and "Mid-Autumn Festival 中秋节" make "National Day and Mid-Autumn Festival 国庆节、中秋节". */
    private static String joinedName(String first, String second) {
        int firstSplit = first.lastIndexOf(' ');
        int secondSplit = second.lastIndexOf(' ');
        return first.substring(0, firstSplit) + " and " + second.substring(0, secondSplit) + " "
                + first.substring(firstSplit + 1) + "、" + second.substring(secondSplit + 1);
    }
}
