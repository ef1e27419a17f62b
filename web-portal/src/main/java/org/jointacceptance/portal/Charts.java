package org.jointacceptance.portal;

import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server as SVG, so that they show without script and print as they look: horizontal bars, stacked
 * bars, and lines over months. Each is an image with a title and a description for screen readers; the page puts the
 * table of the same figures beside it.
 */
final class Charts {

    /** Colours that stay apart for common colour blindness, dark enough on white for text (WCAG AA). */
    static final List<String> COLOURS = List.of("#0b5cad", "#b3261e", "#1d6b32", "#8a4b00", "#6a3d9a", "#00707a",
            "#5c5c5c");

    private static final int WIDTH = 640;
    private static final int LABELS = 150;
    private static final int ROW = 34;
    private static final int TOP = 30;

    private Charts() {
    }

    /** One row of bars: a label and a value per series. */
    record Row(String label, List<Double> values) {
    }

    /**
     * Horizontal bars side by side, one group per row, one bar per series (median and 90th percentile), with a scale
     * of {@code unit} underneath.
     */
    static String bars(String id, String title, String description, List<String> series, List<Row> rows, String unit) {
        double scale = scale(rows.stream().flatMap(row -> row.values().stream()).mapToDouble(Double::doubleValue)
                .max().orElse(0));
        StringBuilder body = new StringBuilder();
        int y = legend(body, series);
        int bar = 14;
        for (Row row : rows) {
            int group = series.size() * (bar + 2);
            text(body, LABELS - 8, y + group / 2 + 5, "end", row.label());
            for (int s = 0; s < series.size(); s++) {
                double value = row.values().get(s);
                int length = length(value, scale);
                body.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
                        + "fill=\"%s\"/>", LABELS, y + s * (bar + 2), Math.max(length, 1), bar, colour(s)));
                text(body, LABELS + length + 4, y + s * (bar + 2) + bar - 2, "start", number(value));
            }
            y += group + 10;
        }
        return svg(id, title, description, axis(body, y, scale, unit), body);
    }

    /** Horizontal bars cut into the parts of each row's total, one part per series (age bands), one after another. */
    static String stacked(String id, String title, String description, List<String> series, List<Row> rows,
            String unit) {
        double scale = scale(rows.stream().mapToDouble(row -> row.values().stream().mapToDouble(Double::doubleValue)
                .sum()).max().orElse(0));
        StringBuilder body = new StringBuilder();
        int y = legend(body, series);
        for (Row row : rows) {
            text(body, LABELS - 8, y + 17, "end", row.label());
            double start = 0;
            for (int s = 0; s < series.size(); s++) {
                double value = row.values().get(s);
                int from = length(start, scale);
                int to = length(start + value, scale);
                if (to > from) {
                    body.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"24\" "
                            + "fill=\"%s\"/>", LABELS + from, y, to - from, colour(s)));
                }
                start += value;
            }
            text(body, LABELS + length(start, scale) + 4, y + 17, "start", number(start));
            y += ROW;
        }
        return svg(id, title, description, axis(body, y, scale, unit), body);
    }

    /**
     * Lines over the {@code points} along the bottom, one per row; a value missing (null) breaks the line. Values run
     * from 0 to {@code top}, marked with {@code unit} on the left.
     */
    static String lines(String id, String title, String description, List<String> points, List<Row> rows, double top,
            String unit) {
        int left = 56;
        int right = WIDTH - 20;
        StringBuilder body = new StringBuilder();
        int high = legend(body, rows.stream().map(Row::label).toList()) + 10;
        int bottom = high + 200;
        for (int tick = 0; tick <= 4; tick++) {
            int y = bottom - (bottom - high) * tick / 4;
            body.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
                    + "stroke=\"#d0d4da\"/>", left, y, right, y));
            text(body, left - 6, y + 4, "end", number(top * tick / 4) + unit);
        }
        double step = points.size() > 1 ? (right - left) / (double) (points.size() - 1) : 0;
        for (int p = 0; p < points.size(); p++) {
            text(body, (int) Math.round(left + p * step), bottom + 18, "middle", points.get(p));
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder path = new StringBuilder();
            boolean drawing = false;
            for (int p = 0; p < points.size(); p++) {
                Double value = rows.get(r).values().get(p);
                if (value == null) {
                    drawing = false;
                    continue;
                }
                double x = left + p * step;
                double y = bottom - (bottom - high) * value / top;
                path.append(drawing ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                drawing = true;
                body.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>",
                        x, y, colour(r)));
            }
            if (!path.isEmpty()) {
                body.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"")
                        .append(colour(r)).append("\" stroke-width=\"2\"/>");
            }
        }
        return svg(id, title, description, bottom + 30, body);
    }

    private static String svg(String id, String title, String description, int height, StringBuilder body) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 " + WIDTH + " " + height
                + "\" role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\"><title id=\"" + id + "-title\">"
                + escape(title) + "</title><desc id=\"" + id + "-desc\">" + escape(description) + "</desc>" + body
                + "</svg>";
    }

    /** The key of the colours, wrapped to the width; where the chart below it starts. */
    private static int legend(StringBuilder svg, List<String> series) {
        int x = 8;
        int y = 17;
        for (int s = 0; s < series.size(); s++) {
            int width = 16 + width(series.get(s)) + 24;
            if (x + width > WIDTH) {
                x = 8;
                y += 20;
            }
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>",
                    x, y - 11, colour(s)));
            text(svg, x + 16, y, "start", series.get(s));
            x += width;
        }
        return y + TOP - 17;
    }

    /** About how wide words are at the charts' 14-pixel type: Chinese characters square, others half as wide. */
    private static int width(String words) {
        return words.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 14 : 8).sum();
    }

    private static int length(double value, double scale) {
        return (int) Math.round((WIDTH - LABELS - 60) * value / scale);
    }

    private static String colour(int index) {
        return COLOURS.get(index % COLOURS.size());
    }

    /** The scale under the bars; the chart's height with it. */
    private static int axis(StringBuilder svg, int y, double scale, String unit) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#5c5c5c\"/>",
                LABELS, y, WIDTH - 60, y));
        for (int tick = 0; tick <= 4; tick++) {
            text(svg, LABELS + length(scale * tick / 4, scale), y + 16, "middle", number(scale * tick / 4));
        }
        text(svg, WIDTH - 56, y + 16, "start", unit);
        return y + 26;
    }

    private static void text(StringBuilder svg, int x, int y, String anchor, String words) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">", x, y, anchor))
                .append(escape(words)).append("</text>");
    }

    /** The end of a scale of four whole, round steps (1, 2 or 5 times a power of ten) that reaches {@code max}. */
    static double scale(double max) {
        for (double power = 1; ; power *= 10) {
            for (double step : new double[] { 1, 2, 5 }) {
                if (4 * step * power >= max) {
                    return 4 * step * power;
                }
            }
        }
    }

    /** A figure as people write it: whole numbers without decimals, others with one. */
    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
