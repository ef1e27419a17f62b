package org.jointacceptance.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * CPU time and memory read from {@code /proc}: the machine's busy time, each named process's with the processes it
 * started (Keycloak's launcher script starts its JVM), and PostgreSQL's (all its processes together). Times are in
 * clock ticks of 10 ms, the kernel's USER_HZ on Linux.
 */
final class Cpu {

    static final double SECONDS_PER_TICK = 0.01;

    private final Map<String, Long> processes;

    /** @param processes the processes to follow by name, each with its pid */
    Cpu(Map<String, Long> processes) {
        this.processes = Map.copyOf(processes);
    }

    /** CPU time used so far: the machine's (busy and total) and each process's, in ticks. */
    record Sample(long machineBusy, long machineTotal, Map<String, Long> byProcess) {

        /** CPU seconds used by the machine between {@code earlier} and this sample. */
        double machineSecondsSince(Sample earlier) {
            return (machineBusy - earlier.machineBusy) * SECONDS_PER_TICK;
        }

        /** The share of the machine's cores busy between {@code earlier} and this sample, e.g. 1.6 of 2 cores. */
        double coresBusySince(Sample earlier, double wallSeconds) {
            return machineSecondsSince(earlier) / wallSeconds;
        }

        Map<String, Double> processSecondsSince(Sample earlier) {
            Map<String, Double> seconds = new LinkedHashMap<>();
            byProcess.forEach((name, ticks) -> seconds.put(name,
                    (ticks - earlier.byProcess.getOrDefault(name, 0L)) * SECONDS_PER_TICK));
            return seconds;
        }
    }

    Sample sample() {
        List<String> machine = List.of(read(Path.of("/proc/stat")).lines().findFirst().orElseThrow().trim().split("\\s+"));
        long total = 0;
        for (int i = 1; i < Math.min(machine.size(), 9); i++) { // user .. steal; guest time is already in user
            total += Long.parseLong(machine.get(i));
        }
        long idle = Long.parseLong(machine.get(4)) + Long.parseLong(machine.get(5));
        Map<String, Long> byProcess = new LinkedHashMap<>();
        processes.forEach((name, pid) -> byProcess.put(name, withDescendants(pid).map(Cpu::ticks).sum()));
        byProcess.put("postgres", postgresPids().mapToLong(Cpu::ticks).sum());
        return new Sample(total - idle, total, byProcess);
    }

    /**
     * Memory of a process with those it started, in MiB: resident (every page it maps, shared or not) and proportional
     * (each page shared by n processes counted 1/n: the parts of a JVM that several map, such as the JDK's code or one
     * ahead-of-time cache, counted once across them).
     */
    record Memory(double residentMiB, double proportionalMiB) {
    }

    /** The memory of each process (PostgreSQL: all its processes, resident counted proportionally too). */
    Map<String, Memory> memory() {
        Map<String, Memory> memory = new LinkedHashMap<>();
        processes.forEach((name, pid) -> memory.put(name, new Memory(
                withDescendants(pid).map(each -> rollup(each, "Rss:")).sum() / 1024.0,
                withDescendants(pid).map(each -> rollup(each, "Pss:")).sum() / 1024.0)));
        double postgres = postgresPids().mapToLong(pid -> rollup(pid, "Pss:")).sum() / 1024.0;
        memory.put("postgres", new Memory(postgres, postgres));
        return memory;
    }

    /**
     * The process and the processes it started, and they started, that still run, but for those followed on their
     * own (the benchmark starts the services and PostgreSQL).
     */
    private LongStream withDescendants(long pid) {
        return LongStream.concat(LongStream.of(pid), ProcessHandle.of(pid).stream().flatMap(ProcessHandle::children)
                .mapToLong(ProcessHandle::pid).filter(child -> !processes.containsValue(child) && !postgres(child))
                .flatMap(this::withDescendants));
    }

    /** The processes named {@code postgres}: the server and one per connection. */
    private static Stream<Long> postgresPids() {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.map(path -> path.getFileName().toString()).filter(name -> name.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong)
                    .filter(Cpu::postgres)
                    .toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static boolean postgres(long pid) {
        return read(Path.of("/proc", Long.toString(pid), "comm")).trim().equals("postgres");
    }

    /** utime + stime of one process; 0 once it is gone. */
    private static long ticks(long pid) {
        String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
        int afterName = stat.lastIndexOf(')');
        if (afterName < 0) {
            return 0;
        }
        String[] fields = stat.substring(afterName + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // fields 14 and 15 of proc(5)
    }

    private static long rollup(long pid, String field) {
        return kibibytes(read(Path.of("/proc", Long.toString(pid), "smaps_rollup")), field);
    }

    private static long kibibytes(String text, String field) {
        return text.lines().filter(line -> line.startsWith(field)).findFirst()
                .map(line -> Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0])).orElse(0L);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
