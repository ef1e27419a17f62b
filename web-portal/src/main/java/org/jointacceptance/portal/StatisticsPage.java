package org.jointacceptance.portal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Where applications are held up, for supervisors and coordinators: each department's working days per round and
 * its share within the allotted days, the ranking of those past their share, the same month by month, and what is
 * open now by age. Each chart is drawn on the server ({@link Charts}), with its table under it and a CSV download of
 * the same figures. acceptance-service decides who may see them.
 */
@Path("/statistics")
@RolesAllowed({ "coordinator", "lead-center", "supervisor" })
public class StatisticsPage {

    /** The age bands of acceptance-service's backlog, in its order. */
    static final List<String> AGE_BANDS = List.of("0-5", "6-10", "11-16", "17+");
    private static final int MONTHS = 12;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statistics(Figures figures);
    }

    private final AcceptanceService acceptance;
    private final PageContext page;

    StatisticsPage(@RestClient AcceptanceService acceptance, PageContext page) {
        this.acceptance = acceptance;
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance statistics(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("district") String district) {
        return page.render(Templates.statistics(figures(from, to, district)));
    }

    /** The figures of one chart ({@code rounds}, {@code months} or {@code backlog}) as a CSV file, in the page's words. */
    @GET
    @Path("/{chart:rounds|months|backlog}.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("chart") String chart, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("district") String district) {
        Figures figures = figures(from, to, district);
        List<List<String>> table = switch (chart) {
            case "rounds" -> figures.roundsTable();
            case "months" -> figures.monthsTable();
            default -> figures.backlogTable();
        };
        String csv = "\uFEFF" + table.stream().map(row -> row.stream().map(StatisticsPage::csvField)
                .collect(Collectors.joining(","))).collect(Collectors.joining("\r\n", "", "\r\n"));
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + chart + ".csv\"").build();
    }

    /**
     * The figures for the months chosen: both months, or the twelve up to {@code to}, or (none chosen, or not in order)
     * the twelve up to acceptance-service's this month.
     */
    private Figures figures(String from, String to, String district) {
        YearMonth last = month(to);
        YearMonth first = month(from);
        if (last != null && (first == null || first.isAfter(last) || first.plusMonths(60).isBefore(last))) {
            first = last.minusMonths(MONTHS - 1);
        }
        AcceptanceService.Months months = acceptance.monthlyStatistics(last == null ? null : first.toString(),
                last == null ? null : last.toString());
        String area = district != null && district.strip().matches("[0-9]{6}") ? district.strip() : null;
        LocalDate roundsTo = months.to().atEndOfMonth();
        LocalDate yearBefore = roundsTo.minusYears(1).plusDays(1);
        LocalDate roundsFrom = months.from().atDay(1).isBefore(yearBefore) ? yearBefore : months.from().atDay(1);
        return new Figures(page.messages(), page.locale(), months.from(), months.to(), area, roundsFrom, roundsTo,
                acceptance.departmentStatistics(roundsFrom.toString(), roundsTo.toString(), area), months.records(),
                acceptance.backlog());
    }

    /** A month as a month field gives it (yyyy-MM); null when it is none. */
    private static YearMonth month(String text) {
        try {
            return text == null || text.isBlank() ? null : YearMonth.parse(text.strip());
        } catch (DateTimeParseException notAMonth) {
            return null;
        }
    }

    private static String csvField(String value) {
        return value.matches(".*[\",\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** The figures of the page, and each chart and table made of them in the reader's words. */
    public record Figures(Messages words, Locale language, YearMonth from, YearMonth to, String district,
            LocalDate roundsFrom, LocalDate roundsTo, List<AcceptanceService.DepartmentRecord> rounds,
            List<AcceptanceService.MonthRecord> months, List<AcceptanceService.BacklogRecord> backlog) {

        public String department(String code) {
            return words.departmentName(code);
        }

        public String monthName(YearMonth month) {
            return ChinaTime.month(month, language);
        }

        public String percent(double share) {
            return Math.round(share * 100) + "%";
        }

        public String number(double value) {
            return Charts.number(value);
        }

        /** Working days per round, median and 90th percentile, department by department in the ranking's order. */
        public String roundsChart() {
            return Charts.bars("rounds-chart", words.roundsChart(), words.roundsChartSays(),
                    List.of(words.median(), words.p90()), rounds.stream().map(record -> new Charts.Row(
                            department(record.department()), List.of(record.medianWorkingDays(),
                                    record.p90WorkingDays()))).toList(), words.workingDaysUnit());
        }

        /** The CSV of the months shown. */
        public String monthsCsv() {
            return "/statistics/months.csv?from=" + from + "&to=" + to;
        }

        /** What the departments' figures cover. */
        public String roundsNote() {
            return words.roundsPeriod(words.date(roundsFrom), words.date(roundsTo));
        }

        /** The CSV of the departments' rounds shown. */
        public String roundsCsv() {
            return "/statistics/rounds.csv?from=" + from + "&to=" + to + (district == null ? "" : "&district=" + district);
        }

        /** The months of the chart, first to last. */
        public List<YearMonth> monthsShown() {
            List<YearMonth> shown = new ArrayList<>();
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                shown.add(month);
            }
            return shown;
        }

        /** The share of rounds concluded within the allotted days, month by month, a line per department. */
        public String monthsChart() {
            List<YearMonth> shown = monthsShown();
            Map<String, Map<YearMonth, Double>> byDepartment = new TreeMap<>();
            for (AcceptanceService.MonthRecord record : months) {
                byDepartment.computeIfAbsent(record.department(), key -> new TreeMap<>())
                        .put(record.month(), record.onTimeShare() * 100);
            }
            List<Charts.Row> rows = new ArrayList<>();
            byDepartment.forEach((department, shares) -> rows.add(new Charts.Row(department(department),
                    shown.stream().map(shares::get).toList())));
            List<String> labels = shown.stream().map(month -> language.equals(Language.ENGLISH)
                    ? month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
                    : month.getMonthValue() + "月").toList();
            return Charts.lines("months-chart", words.monthsChart(),
                    words.monthsChartSays(monthName(from), monthName(to)), labels, rows, 100, "%");
        }

        /** The open rounds of each department, cut by how many working days they have waited. */
        public String backlogChart() {
            return Charts.stacked("backlog-chart", words.backlogChart(), words.backlogChartSays(),
                    AGE_BANDS.stream().map(words::ageBand).toList(), backlog.stream().map(record -> new Charts.Row(
                            department(record.department()), record.byAge().stream().map(Integer::doubleValue)
                                    .toList())).toList(), words.roundsUnit());
        }

        private List<AcceptanceService.MonthRecord> monthRows() {
            return months.stream().sorted(java.util.Comparator.comparing(AcceptanceService.MonthRecord::department)
                    .thenComparing(AcceptanceService.MonthRecord::month)).toList();
        }

        private List<String> ageBands() {
            return AGE_BANDS.stream().map(words::ageBand).toList();
        }

        public List<List<String>> roundsTable() {
            List<List<String>> table = new ArrayList<>();
            table.add(List.of(words.department(), words.rank(), words.concludedRounds(), words.median(), words.p90(),
                    words.onTimeShare(), words.lateRounds(), words.workingDaysPastShare(), words.openRounds(),
                    words.overdueNow()));
            for (int rank = 0; rank < rounds.size(); rank++) {
                AcceptanceService.DepartmentRecord record = rounds.get(rank);
                table.add(List.of(department(record.department()), String.valueOf(rank + 1),
                        String.valueOf(record.concludedRounds()), number(record.medianWorkingDays()),
                        number(record.p90WorkingDays()), percent(record.onTimeShare()),
                        String.valueOf(record.lateRounds()), String.valueOf(record.workingDaysPastShare()),
                        String.valueOf(record.backlog()), String.valueOf(record.overdueNow())));
            }
            return table;
        }

        public List<List<String>> monthsTable() {
            List<List<String>> table = new ArrayList<>();
            table.add(List.of(words.department(), words.month(), words.concludedRounds(), words.median(), words.p90(),
                    words.onTimeShare()));
            for (AcceptanceService.MonthRecord record : monthRows()) {
                table.add(List.of(department(record.department()), monthName(record.month()),
                        String.valueOf(record.concludedRounds()), number(record.medianWorkingDays()),
                        number(record.p90WorkingDays()), percent(record.onTimeShare())));
            }
            return table;
        }

        public List<List<String>> backlogTable() {
            List<List<String>> table = new ArrayList<>();
            List<String> header = new ArrayList<>(List.of(words.department()));
            header.addAll(ageBands());
            header.add(words.overdueNow());
            table.add(header);
            for (AcceptanceService.BacklogRecord record : backlog) {
                List<String> row = new ArrayList<>(List.of(department(record.department())));
                record.byAge().forEach(count -> row.add(String.valueOf(count)));
                row.add(String.valueOf(record.overdue()));
                table.add(row);
            }
            return table;
        }
    }
}
