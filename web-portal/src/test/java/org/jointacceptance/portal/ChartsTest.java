package org.jointacceptance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The statistics' charts: scales people can read, a bar for every figure, gaps where there is no figure. */
class ChartsTest {

    @Test
    void a_scale_has_four_whole_round_steps_and_reaches_the_largest_figure() {
        assertThat(List.of(0.0, 3.0, 4.5, 17.0, 33.0, 100.0).stream().map(Charts::scale).toList())
                .containsExactly(4.0, 4.0, 8.0, 20.0, 40.0, 200.0);
    }

    @Test
    void bars_are_an_image_named_by_its_title_and_description_with_a_bar_and_a_figure_for_each_value() {
        String svg = Charts.bars("rounds", "每轮用时", "中位数与90分位数", List.of("中位数", "90分位数"),
                List.of(new Charts.Row("消防", List.of(2.0, 5.0)), new Charts.Row("规划", List.of(1.0, 1.5))), "个工作日");

        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "aria-labelledby=\"rounds-title rounds-desc\"",
                "<title id=\"rounds-title\">每轮用时</title>", "<desc id=\"rounds-desc\">中位数与90分位数</desc>",
                ">消防</text>", ">5</text>", ">1.5</text>");
        assertThat(count(svg, "<rect")).as("two in the key, four bars").isEqualTo(6);
    }

    @Test
    void a_line_breaks_where_a_month_has_no_figure() {
        String svg = Charts.lines("months", "按时率", "逐月", List.of("1月", "2月", "3月", "4月"),
                List.of(new Charts.Row("消防", Arrays.asList(50.0, null, 100.0, 75.0))), 100, "%");

        Matcher path = Pattern.compile("<path d=\"([^\"]+)\"").matcher(svg);
        assertThat(path.find()).isTrue();
        assertThat(path.group(1)).startsWith("M").containsOnlyOnce("L").matches("M[^M]+M[^M]+");
        assertThat(count(svg, "<circle")).isEqualTo(3);
    }

    @Test
    void words_are_written_as_text_never_as_markup() {
        assertThat(Charts.stacked("backlog", "a<b", "\"&\"", List.of("0-5"),
                List.of(new Charts.Row("<script>", List.of(1.0))), "轮")).doesNotContain("<script>", "a<b")
                .contains("&lt;script&gt;", "a&lt;b", "&quot;&amp;&quot;");
    }

    private static int count(String text, String piece) {
        return text.split(Pattern.quote(piece), -1).length - 1;
    }
}
