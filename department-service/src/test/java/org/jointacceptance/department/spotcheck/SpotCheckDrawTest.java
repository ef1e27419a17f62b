package org.jointacceptance.department.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** The spot-check draw: reproducible from its seed, and drawing the configured share of filings. */
class SpotCheckDrawTest {

    private static final BigDecimal THIRTY_PERCENT = new BigDecimal("0.3");

    @Test
    void the_same_seed_and_rate_always_give_the_same_outcome() {
        SpotCheckDraw draw = SpotCheckDraw.draw(THIRTY_PERCENT);

        for (int i = 0; i < 100; i++) {
            assertThat(SpotCheckDraw.of(draw.seed(), THIRTY_PERCENT)).isEqualTo(draw);
        }
    }

    @Test
    void the_draw_is_splitmix64_so_anyone_can_re_run_it() {
        // SplitMix64's first output for seed 0 is 0xE220A8397B1DCDAF; its top 53 bits make 0.88331...
        assertThat(SpotCheckDraw.uniform(0)).isCloseTo(0.8833108, within(1e-7));
        assertThat(SpotCheckDraw.of(0, new BigDecimal("0.89")).drawn()).isTrue();
        assertThat(SpotCheckDraw.of(0, new BigDecimal("0.88")).drawn()).isFalse();
    }

    @Test
    void over_many_filings_the_drawn_share_is_close_to_the_rate() {
        for (String rate : new String[] {"0.1", "0.3", "0.5", "0.85"}) {
            BigDecimal share = new BigDecimal(rate);
            long drawn = LongStream.range(0, 100_000).filter(seed -> SpotCheckDraw.of(seed * 7919, share).drawn()).count();
            assertThat(drawn / 100_000.0).as("share drawn at rate %s", rate).isCloseTo(share.doubleValue(), within(0.01));
        }
    }

    @Test
    void a_rate_of_zero_never_draws_one_of_one_always_does_and_others_are_refused() {
        assertThat(LongStream.range(0, 1000).noneMatch(seed -> SpotCheckDraw.of(seed, BigDecimal.ZERO).drawn())).isTrue();
        assertThat(LongStream.range(0, 1000).allMatch(seed -> SpotCheckDraw.of(seed, BigDecimal.ONE).drawn())).isTrue();
        assertThatThrownBy(() -> SpotCheckDraw.of(1, new BigDecimal("1.2"))).isInstanceOf(IllegalArgumentException.class);
    }
}
