package org.jointacceptance.department.spotcheck;

import java.math.BigDecimal;
import java.security.SecureRandom;

/**
 * The random draw of filings for a full spot-check inspection, reproducible from the seed kept on the inspection:
 * the seed goes through SplitMix64, the top 53 bits make a number u in [0, 1), and the filing is drawn when
 * u &lt; rate. Anyone can re-run the draw from the recorded seed and rate and get the recorded outcome.
 */
public record SpotCheckDraw(long seed, BigDecimal rate, boolean drawn) {

    private static final SecureRandom SEEDS = new SecureRandom();

    /** A new draw with a fresh random seed. */
    public static SpotCheckDraw draw(BigDecimal rate) {
        return of(SEEDS.nextLong(), rate);
    }

    /** The draw for this seed and rate: the same seed and rate give the same outcome, always. */
    public static SpotCheckDraw of(long seed, BigDecimal rate) {
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the spot-check rate must be between 0 and 1, not " + rate);
        }
        return new SpotCheckDraw(seed, rate, uniform(seed) < rate.doubleValue());
    }

    /** SplitMix64's output for {@code seed}, as a number in [0, 1). */
    static double uniform(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }
}
