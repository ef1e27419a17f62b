package org.jointacceptance.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;

/**
 * Dates of the traditional Chinese calendar that set the lunar statutory holidays and Qingming, in China Standard
 * Time (GB/T 33661-2017 reckons the calendar at UTC+8).
 *
 * <p>ICU4J's Chinese calendar numbers the months (which month is the first, which is a leap month), but its moon is
 * a low-precision one: a new moon within minutes of midnight can fall on the wrong day (it puts the Lunar New Year of
 * 2027 on 7 February and of 2030 on 2 February, one day off each). So a month's first day is the day on which the new
 * moon nearest ICU4J's guess falls, computed with Meeus's algorithm (<i>Astronomical Algorithms</i>, 2nd ed., ch. 49),
 * accurate to well under a minute for these centuries. Qingming is the day the sun reaches ecliptic longitude 15°.
 */
final class ChineseLunisolarDates {

    private static final ZoneId CHINA = WorkingCalendar.CHINA;
    private static final TimeZone ICU_CHINA = TimeZone.getTimeZone("Asia/Shanghai");

    private ChineseLunisolarDates() {
    }

    /**
     * The Gregorian date of {@code day} of the (non-leap) lunar {@code month} of the lunar year that begins in
     * {@code gregorianYear}: month 1 day 1 is the Lunar New Year, month 5 day 5 the Dragon Boat Festival.
     */
    static LocalDate date(int gregorianYear, int month, int day) {
        ChineseCalendar chinese = new ChineseCalendar(ICU_CHINA);
        chinese.setTimeInMillis(noon(LocalDate.of(gregorianYear, 3, 1)));
        if (chinese.get(ChineseCalendar.MONTH) > 2) {
            throw new IllegalStateException("1 March " + gregorianYear + " is not early in a lunar year");
        }
        chinese.set(ChineseCalendar.MONTH, month - 1);
        chinese.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        chinese.set(ChineseCalendar.DAY_OF_MONTH, 1);
        LocalDate approximateFirst = LocalDate.ofInstant(Instant.ofEpochMilli(chinese.getTimeInMillis()), CHINA);
        return newMoonDayNear(approximateFirst).plusDays(day - 1L);
    }

    /** The day of the solar term Qingming (清明) in {@code year}: the sun at ecliptic longitude 15°. */
    static LocalDate qingming(int year) {
        CalendarAstronomer astronomer = new CalendarAstronomer(noon(LocalDate.of(year, 3, 25)));
        return LocalDate.ofInstant(Instant.ofEpochMilli(astronomer.getSunTime(Math.toRadians(15), true)), CHINA);
    }

    /** The date in China of the new moon nearest {@code date}. */
    static LocalDate newMoonDayNear(LocalDate date) {
        double yearFraction = date.getYear() + (date.getDayOfYear() - 0.5) / date.lengthOfYear();
        long k = Math.round((yearFraction - 2000) * 12.3685);
        double julianEphemerisDay = newMoon(k);
        double deltaTSeconds = deltaT(date.getYear());
        double unixMillis = (julianEphemerisDay - 2440587.5) * 86_400_000d - deltaTSeconds * 1000;
        return LocalDate.ofInstant(Instant.ofEpochMilli(Math.round(unixMillis)), CHINA);
    }

    /** The Julian Ephemeris Day of the k-th new moon after that of 6 January 2000 (Meeus, ch. 49). */
    static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        jde += -0.40720 * Math.sin(mp)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m)
                - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f)
                - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m)
                - 0.00017 * Math.sin(omega)
                - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f)
                + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f)
                - 0.00002 * Math.sin(3 * mp + m)
                + 0.00002 * Math.sin(4 * mp);
        double[][] planetary = {
                {0.000325, 299.77, 0.107408, -0.009173}, {0.000165, 251.88, 0.016321, 0},
                {0.000164, 251.83, 26.651886, 0}, {0.000126, 349.42, 36.412478, 0},
                {0.000110, 84.66, 18.206239, 0}, {0.000062, 141.74, 53.303771, 0},
                {0.000060, 207.14, 2.453732, 0}, {0.000056, 154.84, 7.306860, 0},
                {0.000047, 34.52, 27.261239, 0}, {0.000042, 207.19, 0.121824, 0},
                {0.000040, 291.34, 1.844379, 0}, {0.000037, 161.72, 24.198154, 0},
                {0.000035, 239.56, 25.513099, 0}, {0.000023, 331.55, 3.592518, 0}};
        for (double[] term : planetary) {
            jde += term[0] * Math.sin(rad(term[1] + term[2] * k + term[3] * t2));
        }
        return jde;
    }

    /** Terrestrial minus universal time in seconds, by Espenak and Meeus's polynomial for 2005-2050, extrapolated. */
    private static double deltaT(int year) {
        double t = year - 2000;
        return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }

    private static double rad(double degrees) {
        return Math.toRadians(degrees % 360);
    }

    private static long noon(LocalDate date) {
        return date.atTime(12, 0).atZone(CHINA).toInstant().toEpochMilli();
    }
}
