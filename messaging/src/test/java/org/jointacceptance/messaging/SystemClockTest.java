package org.jointacceptance.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SystemClockTest {

    private static final Clock WALL = Clock.fixed(Instant.parse("2026-12-05T13:00:00Z"), ZoneOffset.UTC);

    @Test
    void is_the_wall_clock_unless_told_otherwise() {
        assertThat(SystemClock.of(WALL, Optional.empty(), Optional.empty()).instant()).isEqualTo(WALL.instant());
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
}
