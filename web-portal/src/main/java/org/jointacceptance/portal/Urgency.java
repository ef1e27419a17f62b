package org.jointacceptance.portal;

import java.util.Locale;

/**
 * How urgent something with a due date is, as a traffic light: green, yellow with 3 working days or fewer left, red on
 * the due day, overdue after it. The same light for an application's joint stage and a department's inspection.
 */
public enum Urgency {
    GREEN,
    YELLOW,
    RED,
    OVERDUE;

    /** The light for {@code workingDaysLeft} (negative once overdue); green when there is no clock running. */
    public static Urgency of(Integer workingDaysLeft) {
        if (workingDaysLeft == null || workingDaysLeft > 3) {
            return GREEN;
        }
        return workingDaysLeft > 0 ? YELLOW : workingDaysLeft == 0 ? RED : OVERDUE;
    }

    /** The name the pages' classes and words use: {@code green}, {@code yellow}, {@code red}, {@code overdue}. */
    public String css() {
        return name().toLowerCase(Locale.ROOT);
    }
}
