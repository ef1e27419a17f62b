package org.jointacceptance.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemClockTest {

    private static final Clock WALL = Clock.fixed(Instant.parse("2026-12-05T13:00:00Z"), ZoneOffset.UTC);

    @Test
    void is_the_wall_clock_unless_told_otherwise() {
        assertThat(SystemClock.of(WALL, Optional.empty(), Optional.empty()).instant()).isEqualTo(WALL.instant());
    }

    @Test
    void answers_in_microseconds_as_postgresql_keeps_time() {
        SystemClock system = new SystemClock();
        system.start = Optional.empty();
        system.offset = Optional.of(Duration.ofNanos(789));
        system.file = Optional.empty();
        Clock clock = system.clock();
        for (int i = 0; i < 1_000; i++) {
            assertThat(clock.instant().getNano() % 1_000).isZero();
        }
        long before = System.currentTimeMillis();
        assertThat(clock.millis()).as("what a signature's date reads").isBetween(before, System.currentTimeMillis() + 1);
        assertThat(clock.withZone(ZoneOffset.ofHours(8)).instant().getNano() % 1_000).isZero();
    }

    @Test
    void runs_from_its_start_or_ahead_of_the_wall_clock_by_its_offset() {
        OffsetDateTime start = OffsetDateTime.parse("2026-06-01T09:00:00+08:00");
        assertThat(SystemClock.of(WALL, Optional.of(start), Optional.empty()).instant()).isEqualTo(start.toInstant());
        assertThat(SystemClock.of(WALL, Optional.empty(), Optional.of(Duration.ofDays(18))).instant())
                .isEqualTo(Instant.parse("2026-12-23T13:00:00Z"));
        assertThat(SystemClock.of(WALL, Optional.of(start), Optional.of(Duration.ofDays(1))).instant())
                .isEqualTo(start.plusDays(1).toInstant());
    }

    @Test
    void moves_while_it_runs_as_far_from_the_wall_clock_as_its_file_says(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("clock");
        Clock started = Clock.offset(WALL, Duration.ofDays(1));
        Clock clock = new MovableClock(WALL, started, file, Duration.ZERO);
        assertThat(clock.instant()).as("no file: as it started").isEqualTo(started.instant());

        Files.writeString(file, "P18D\n");
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-23T13:00:00Z"));
        Files.writeString(file, "-PT4320H");
        assertThat(clock.instant()).as("behind the wall clock").isEqualTo(Instant.parse("2026-06-08T13:00:00Z"));
        Files.writeString(file, "P1");
        assertThat(clock.instant()).as("no offset (yet): where it was").isEqualTo(Instant.parse("2026-06-08T13:00:00Z"));
        Files.delete(file);
        assertThat(clock.instant()).as("the file gone: as it started").isEqualTo(started.instant());
    }
}
