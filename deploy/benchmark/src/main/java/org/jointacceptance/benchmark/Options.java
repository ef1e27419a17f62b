package org.jointacceptance.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How the benchmark runs, from {@code --name value} arguments; every one has a default. */
record Options(long seed, List<Integer> closedLoop, List<Integer> openLoop, Duration warmup, Duration step,
        int firms, boolean idleAndLimits, boolean marksAtOnce, String label, Path output) {

    static final String USAGE = """
            Usage: ./run benchmark [--closed-loop 4,16,64] [--open-loop 10,20,40,80,160] [--step-seconds 30]
                                   [--warmup-seconds 5] [--firms 8] [--seed 1] [--idle-and-limits yes|no]
                                   [--marks one-by-one|at-once] [--label NAME] [--output docs/performance]
              Starts the whole system afresh (its own data folder and free ports), measures it idle and the
              machine's limits (unless --idle-and-limits no), loads it, verifies every outcome and writes NAME.json
              and NAME.png into the output folder. An open-loop rate the system cannot sustain ends the open-loop
              steps; none runs no step of that kind. Inspectors mark a checklist one item per request, as the
              workbench's page does and the targets assume, or every item in one request (--marks at-once), as a
              phone sends the marks it kept without signal; the load's targets are judged on one by one alone.""";

    static Options parse(String[] args, Path home) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --name value, got '" + args[i] + "'");
            }
            given.put(args[i].substring(2), args[i + 1]);
        }
        Options options = new Options(
                Long.parseLong(given.getOrDefault("seed", "1")),
                numbers(given.getOrDefault("closed-loop", "4,16,64")),
                numbers(given.getOrDefault("open-loop", "10,20,40,80,160")),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("warmup-seconds", "5"))),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("step-seconds", "30"))),
                Integer.parseInt(given.getOrDefault("firms", "8")),
                yesOrNo(given.getOrDefault("idle-and-limits", "yes")),
                atOnce(given.getOrDefault("marks", "one-by-one")),
                given.getOrDefault("label", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm"))),
                home.resolve(given.getOrDefault("output", "docs/performance")));
        given.keySet().removeAll(List.of("seed", "closed-loop", "open-loop", "warmup-seconds", "step-seconds", "firms",
                "idle-and-limits", "marks", "label", "output"));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("Unknown option(s): " + given.keySet());
        }
        return options;
    }

    List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        closedLoop.forEach(inspectors -> steps.add(Step.closedLoop(inspectors, warmup, step)));
        openLoop.forEach(rate -> steps.add(Step.openLoop(rate, warmup, step)));
        return steps;
    }

    private static boolean yesOrNo(String value) {
        if (!value.equals("yes") && !value.equals("no")) {
            throw new IllegalArgumentException("Expected yes or no, got '" + value + "'");
        }
        return value.equals("yes");
    }

    private static boolean atOnce(String value) {
        if (!value.equals("one-by-one") && !value.equals("at-once")) {
            throw new IllegalArgumentException("Expected one-by-one or at-once, got '" + value + "'");
        }
        return value.equals("at-once");
    }

    private static List<Integer> numbers(String list) {
        if (list.isBlank() || list.equals("none")) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::trim).map(Integer::parseInt).toList();
    }
}
