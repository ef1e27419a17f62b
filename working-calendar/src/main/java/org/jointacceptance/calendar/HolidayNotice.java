package org.jointacceptance.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the State Council General Office's notice of a year's holiday arrangement (国务院办公厅关于××××年部分节假日安排的
 * 通知) as it is published, for example:
 * <pre>
 * 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
 * 二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
 * </pre>
 * Each numbered item names one or more holidays; its sentence with 放假 gives the days off (a day, or a range whose
 * end may leave out the month or year it shares with the start), each sentence ending in 上班 the make-up workdays.
 * A weekday in brackets must be the date's. The title, greeting and closing lines are passed over; days off that fall
 * in the year before (元旦 from 31 December) are left to that year. Full-width or ASCII punctuation both read.
 */
public final class HolidayNotice {

    private static final Map<String, String> HOLIDAY_NAMES = new LinkedHashMap<>();

    static {
        HOLIDAY_NAMES.put("元旦", "New Year's Day");
        HOLIDAY_NAMES.put("春节", "Spring Festival");
        HOLIDAY_NAMES.put("清明节", "Qingming Festival");
        HOLIDAY_NAMES.put("劳动节", "Labour Day");
        HOLIDAY_NAMES.put("端午节", "Dragon Boat Festival");
        HOLIDAY_NAMES.put("中秋节", "Mid-Autumn Festival");
        HOLIDAY_NAMES.put("国庆节", "National Day");
    }

    private static final String NUMERALS = "[一二三四五六七八九十]{1,3}";
    private static final Pattern ITEM = Pattern.compile("^" + NUMERALS + "、([^：]{1,40})：(.*)$");
    private static final Pattern ITEM_START = Pattern.compile("^" + NUMERALS + "、");
    private static final Pattern TITLE = Pattern.compile("(?:国务院办公厅)?关于(\\d{4})年部分节假日安排的通知(?:（[^）]{1,60}）)?");
    private static final Pattern DATE = Pattern.compile(
            "(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日(?:（([^）]*)）)?");
    private static final Pattern WEEKDAY = Pattern.compile("(?:周|星期)([一二三四五六日天])");
    private static final String WEEKDAYS = "一二三四五六日";

    private HolidayNotice() {
    }

    /**
     * The arrangement of {@code year} that the notice's text sets out, labelled {@code version}. Throws
     * {@link UnreadableNoticeException} naming the line it could not read, or {@link InvalidArrangementException}
     * when what it reads is not a valid arrangement.
     */
    public static YearArrangement read(int year, String text, String version) {
        String[] lines = normalise(text).split("\n");
        String source = "国务院办公厅关于" + year + "年部分节假日安排的通知";
        var holidays = new ArrayList<YearArrangement.Holiday>();
        var makeUpWorkdays = new ArrayList<LocalDate>();
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1];
            Matcher title = TITLE.matcher(line);
            if (title.find()) {
                if (Integer.parseInt(title.group(1)) != year) {
                    throw new UnreadableNoticeException(number, line, "notice-of-other-year", title.group(1), year);
                }
                source = title.group().startsWith("关于") ? "国务院办公厅" + title.group() : title.group();
                continue;
            }
            if (!ITEM_START.matcher(line).find()) {
                continue;
            }
            Matcher item = ITEM.matcher(line);
            if (!item.matches()) {
                throw new UnreadableNoticeException(number, line, "item-without-name");
            }
            String name = holidayName(item.group(1), number, line);
            int offPeriods = 0;
            for (String sentence : item.group(2).split("。")) {
                if (sentence.contains("放假")) {
                    offPeriods++;
                    offPeriod(year, sentence, number, line)
                            .ifPresent(days -> holidays.add(new YearArrangement.Holiday(name, days[0], days[1])));
                } else if (sentence.endsWith("上班")) {
                    for (LocalDate day : dates(year, sentence, number, line)) {
                        if (day.getYear() == year) {
                            makeUpWorkdays.add(day);
                        }
                    }
                }
            }
            if (offPeriods != 1) {
                throw new UnreadableNoticeException(number, line, offPeriods == 0 ? "item-without-days-off"
                        : "item-with-several-days-off");
            }
        }
        if (holidays.isEmpty()) {
            throw new UnreadableNoticeException(0, "", "no-items");
        }
        return new YearArrangement(year, version, source, holidays, makeUpWorkdays);
    }

    /** One line per paragraph, full-width punctuation, no spaces; items run together on one line are split. */
    private static String normalise(String text) {
        String unified = text.replace('(', '（').replace(')', '）').replace(':', '：').replace(',', '，')
                .replace('\u3000', ' ').replace("\r", "");
        StringBuilder lines = new StringBuilder();
        for (String line : unified.split("\n")) {
            lines.append(line.replaceAll("\\s+", "")).append('\n');
        }
        return lines.toString().replaceAll("。(?=" + NUMERALS + "、[^：\n]{1,40}：)", "。\n");
    }

    private static String holidayName(String names, int number, String line) {
        var english = new ArrayList<String>();
        for (String chinese : names.split("、")) {
            String name = HOLIDAY_NAMES.get(chinese);
            if (name == null) {
                throw new UnreadableNoticeException(number, line, "not-a-statutory-holiday", chinese,
                        String.join("、", HOLIDAY_NAMES.keySet()));
            }
            english.add(name);
        }
        return String.join(" and ", english) + " " + names;
    }

    /** The first and last day off of a 放假 sentence, cut to the year; empty when none falls in it. */
    private static java.util.Optional<LocalDate[]> offPeriod(int year, String sentence, int number, String line) {
        List<LocalDate> days = dates(year, sentence.substring(0, sentence.indexOf("放假")), number, line);
        if (days.isEmpty() || days.size() > 2) {
            throw new UnreadableNoticeException(number, line, "days-off-unreadable");
        }
        LocalDate from = days.get(0);
        LocalDate to = days.get(days.size() - 1);
        if (to.isBefore(from)) {
            throw new UnreadableNoticeException(number, line, "days-off-end-before-start", to, from);
        }
        if (to.getYear() < year || from.getYear() > year) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new LocalDate[] {from.getYear() < year ? LocalDate.of(year, 1, 1) : from,
                to.getYear() > year ? LocalDate.of(year, 12, 31) : to});
    }

    /** The dates a sentence names in order; a date without month or year takes them from the date before it. */
    private static List<LocalDate> dates(int year, String sentence, int number, String line) {
        var dates = new ArrayList<LocalDate>();
        Matcher date = DATE.matcher(sentence);
        int currentYear = year;
        Integer currentMonth = null;
        while (date.find()) {
            if (date.group(1) != null) {
                currentYear = Integer.parseInt(date.group(1));
            }
            if (date.group(2) != null) {
                currentMonth = Integer.parseInt(date.group(2));
            }
            if (currentMonth == null) {
                throw new UnreadableNoticeException(number, line, "date-without-month", date.group());
            }
            LocalDate day;
            try {
                day = LocalDate.of(currentYear, currentMonth, Integer.parseInt(date.group(3)));
            } catch (DateTimeException e) {
                throw new UnreadableNoticeException(number, line, "not-a-day", date.group());
            }
            if (date.group(4) != null) {
                Matcher weekday = WEEKDAY.matcher(date.group(4));
                if (weekday.find()) {
                    DayOfWeek said = DayOfWeek.of(WEEKDAYS.indexOf(weekday.group(1).replace("天", "日")) + 1);
                    if (said != day.getDayOfWeek()) {
                        throw new UnreadableNoticeException(number, line, "wrong-weekday", date.group(), day,
                                day.getDayOfWeek(), weekday.group());
                    }
                }
            }
            dates.add(day);
        }
        return dates;
    }
}
