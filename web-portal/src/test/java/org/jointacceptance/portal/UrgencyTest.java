package org.jointacceptance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The traffic light coordinators and inspectors read, from the working days left. */
class UrgencyTest {

    @Test
    void green_while_more_than_three_working_days_are_left_or_no_clock_runs() {
        assertThat(Urgency.of(16)).isEqualTo(Urgency.GREEN);
        assertThat(Urgency.of(4)).isEqualTo(Urgency.GREEN);
        assertThat(Urgency.of(null)).isEqualTo(Urgency.GREEN);
    }

    @Test
    void yellow_with_three_working_days_or_fewer_red_on_the_due_day_then_overdue() {
        assertThat(Urgency.of(3)).isEqualTo(Urgency.YELLOW);
        assertThat(Urgency.of(1)).isEqualTo(Urgency.YELLOW);
        assertThat(Urgency.of(0)).isEqualTo(Urgency.RED);
        assertThat(Urgency.of(-1)).isEqualTo(Urgency.OVERDUE);
        assertThat(Urgency.OVERDUE.css()).isEqualTo("overdue");
    }
}
