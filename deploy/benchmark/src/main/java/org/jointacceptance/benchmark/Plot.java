package org.jointacceptance.benchmark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import javax.imageio.ImageIO;

/**
 * The open-loop steps as a picture: above, results completed per second against the rate offered (the diagonal is
 * keeping up); below, p99 latencies on a logarithmic scale against the same offered rate.
 */
final class Plot {

    private static final int WIDTH = 900;
    private static final int PANEL = 300;
    private static final int LEFT = 80;
    private static final int TOP = 50;
    private static final Color RESULT_REQUEST = new Color(0x1f77b4);
    private static final Color DECISION = new Color(0xd62728);
    private static final Color OUTBOX = new Color(0x2ca02c);

    private Plot() {
    }

    static void write(List<Step.Measure> openLoop, Path file, String title) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, TOP + 2 * PANEL + 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("Joint acceptance benchmark " + title + ": open-loop steps", LEFT, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        if (openLoop.isEmpty()) {
            g.drawString("No open-loop step was run.", LEFT, TOP + 40);
        } else {
            double maxOffered = openLoop.stream().mapToDouble(measure -> measure.step.load()).max().orElse(1);
            Axis x = new Axis(0, maxOffered * 1.1, false);
            throughput(g, openLoop, x, TOP);
            latencies(g, openLoop, x, TOP + PANEL + 60);
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static void throughput(Graphics2D g, List<Step.Measure> steps, Axis x, int top) {
        double max = Math.max(x.max, steps.stream().mapToDouble(Step.Measure::resultsPerSecond).max().orElse(1) * 1.1);
        Axis y = new Axis(0, max, false);
        frame(g, top, "offered results/s", "completed results/s", x, y);
        g.setColor(Color.LIGHT_GRAY);
        line(g, x, y, top, 0, 0, max, max);
        series(g, steps, x, y, top, Color.BLACK, Step.Measure::resultsPerSecond, "completed", 0);
    }

    private static void latencies(Graphics2D g, List<Step.Measure> steps, Axis x, int top) {
        Axis y = new Axis(1, 100_000, true);
        frame(g, top, "offered results/s", "p99 latency, ms (log)", x, y);
        series(g, steps, x, y, top, RESULT_REQUEST, measure -> Report.p99(measure.resultRequest), "POST result", 0);
        series(g, steps, x, y, top, DECISION, measure -> Report.p99(measure.resultToDecision), "result -> decision", 1);
        series(g, steps, x, y, top, OUTBOX, measure -> Report.p99(measure.outboxToKafka), "commit -> Kafka", 2);
    }

    private static void frame(Graphics2D g, int top, String xLabel, String yLabel, Axis x, Axis y) {
        int right = WIDTH - 40;
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, top, right - LEFT, PANEL);
        for (double tick : x.ticks()) {
            int px = x.pixel(tick, LEFT, right);
            g.drawLine(px, top + PANEL, px, top + PANEL + 5);
            g.drawString(label(tick), px - 10, top + PANEL + 20);
        }
        for (double tick : y.ticks()) {
            int py = y.pixel(tick, top + PANEL, top);
            g.setColor(new Color(0xeeeeee));
            g.drawLine(LEFT + 1, py, right - 1, py);
            g.setColor(Color.BLACK);
            g.drawString(label(tick), LEFT - 50, py + 4);
        }
        g.drawString(xLabel, (LEFT + right) / 2 - 50, top + PANEL + 38);
        g.drawString(yLabel, LEFT, top - 8);
    }

    private static void series(Graphics2D g, List<Step.Measure> steps, Axis x, Axis y, int top, Color color,
            ToDoubleFunction<Step.Measure> value, String name, int legendRow) {
        int right = WIDTH - 40;
        g.setColor(color);
        g.setStroke(new BasicStroke(2));
        int previousX = -1;
        int previousY = -1;
        for (Step.Measure measure : steps) {
            double v = value.applyAsDouble(measure);
            if (Double.isNaN(v)) {
                continue;
            }
            int px = x.pixel(measure.step.load(), LEFT, right);
            int py = y.pixel(Math.max(v, y.min), top + PANEL, top);
            g.fillOval(px - 4, py - 4, 8, 8);
            if (previousX >= 0) {
                g.drawLine(previousX, previousY, px, py);
            }
            previousX = px;
            previousY = py;
        }
        int legendY = top + 18 + 16 * legendRow;
        g.drawLine(LEFT + 12, legendY - 4, LEFT + 32, legendY - 4);
        g.drawString(name, LEFT + 38, legendY);
        g.setStroke(new BasicStroke(1));
    }

    private static void line(Graphics2D g, Axis x, Axis y, int top, double x1, double y1, double x2, double y2) {
        int right = WIDTH - 40;
        g.drawLine(x.pixel(x1, LEFT, right), y.pixel(y1, top + PANEL, top), x.pixel(x2, LEFT, right),
                y.pixel(y2, top + PANEL, top));
    }

    private static String label(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format("%.1f", value);
    }

    /** A linear or logarithmic scale from {@code min} to {@code max}. */
    private record Axis(double min, double max, boolean logarithmic) {

        int pixel(double value, int from, int to) {
            double share = logarithmic ? (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))
                    : (value - min) / (max - min);
            return (int) Math.round(from + Math.min(1, Math.max(0, share)) * (to - from));
        }

        List<Double> ticks() {
            if (logarithmic) {
                return List.of(1.0, 10.0, 100.0, 1_000.0, 10_000.0, 100_000.0);
            }
            double step = Math.pow(10, Math.floor(Math.log10(max / 2)));
            List<Double> ticks = new ArrayList<>();
            for (double tick = 0; tick <= max; tick += step) {
                ticks.add(tick);
            }
            return ticks;
        }
    }
}
