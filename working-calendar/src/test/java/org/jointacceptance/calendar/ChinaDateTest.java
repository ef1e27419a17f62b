package org.jointacceptance.calendar;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Every date a person sees is a date in Asia/Shanghai, whatever zone the server runs in. */
class ChinaDateTest {

    @Test
    void half_past_midnight_in_beijing_on_national_day_is_still_september_30_in_utc() {
        Clock clock = Clock.fixed(Instant.parse("2025-09-30T16:30:00Z"), ZoneOffset.UTC);

        assertThat(WorkingCalendar.today(clock)).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(WorkingCalendar.official().isWorkingDay(WorkingCalendar.today(clock))).isFalse();
    }

    @Test
    void one_second_before_midnight_in_beijing_is_still_the_day_before() {
        Clock clock = Clock.fixed(Instant.parse("2025-09-30T15:59:59Z"), ZoneOffset.UTC);

        assertThat(WorkingCalendar.today(clock)).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void the_zone_is_asia_shanghai() {
        assertThat(WorkingCalendar.CHINA.getId()).isEqualTo("Asia/Shanghai");
    }
}
