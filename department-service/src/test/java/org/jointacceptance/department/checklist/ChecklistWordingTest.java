package org.jointacceptance.department.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Every word of a bundled checklist reads in English for an English reader and in Chinese for a Chinese one. */
class ChecklistWordingTest {

    /** What Chinese text may write in Latin letters: standard numbers, a named measure, metres after a number. */
    private static final List<Pattern> LATIN_IN_CHINESE = List.of(Pattern.compile("GB(/T)? \\d+"),
            Pattern.compile("TVOC"), Pattern.compile("(?<=\\d )m(?![A-Za-z])"));
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]");

    private final ChecklistTemplates bundled = new ChecklistTemplates(new ObjectMapper(), Optional.empty());

    @Test
    void every_text_of_every_bundled_template_has_its_chinese_sibling() throws IOException, URISyntaxException {
        List<ChecklistTemplate> templates = bundledTemplates();
        assertThat(templates).hasSize(10);
        for (Wording wording : wordings(templates)) {
            assertThat(wording.zh()).as("the Chinese of %s", wording.where()).isNotBlank();
        }
    }

    @Test
    void the_chinese_says_nothing_in_latin_letters_but_standard_numbers_and_units() throws Exception {
        for (Wording wording : wordings(bundledTemplates())) {
            String rest = Objects.toString(wording.zh(), "");
            for (Pattern allowed : LATIN_IN_CHINESE) {
                rest = allowed.matcher(rest).replaceAll("");
            }
            assertThat(LATIN.matcher(rest).find()).as("Latin letters in %s: %s", wording.where(), wording.zh())
                    .isFalse();
            assertThat(CHINESE.matcher(Objects.toString(wording.zh(), "")).find()).as("Chinese in %s", wording.where()).isTrue();
        }
    }

    @Test
    void the_english_has_no_chinese_character() throws Exception {
        for (Wording wording : wordings(bundledTemplates())) {
            assertThat(CHINESE.matcher(wording.en()).find()).as("Chinese in %s: %s", wording.where(), wording.en())
                    .isFalse();
        }
    }

    @Test
    void the_allowed_latin_is_no_more_than_it_says() {
        String rest = "按 GB/T 50328 组卷，宽度不小于 4 m，TVOC 不超标";
        for (Pattern allowed : LATIN_IN_CHINESE) {
            rest = allowed.matcher(rest).replaceAll("");
        }
        assertThat(LATIN.matcher(rest).find()).isFalse();
        assertThat(LATIN.matcher(LATIN_IN_CHINESE.get(2).matcher("宽度 4 mm").replaceAll("")).find())
                .as("millimetres are not metres").isTrue();
        assertThat(LATIN.matcher(LATIN_IN_CHINESE.get(2).matcher("m 级").replaceAll("")).find())
                .as("an m without a number").isTrue();
    }

    private List<ChecklistTemplate> bundledTemplates() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getClassLoader().getResource(ChecklistTemplates.BUNDLED).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json")).sorted()
                    .map(name -> bundled.find(name.substring(0, name.length() - ".json".length())).orElseThrow())
                    .toList();
        }
    }

    /** Every English text with its Chinese sibling, and where it stands. */
    private static List<Wording> wordings(List<ChecklistTemplate> templates) {
        List<Wording> wordings = new ArrayList<>();
        for (ChecklistTemplate template : templates) {
            String name = template.template();
            wordings.add(new Wording(name + " title", template.title(), template.titleZh()));
            for (ChecklistTemplate.Topic topic : template.topics()) {
                wordings.add(new Wording(name + " topic " + topic.title(), topic.title(), topic.titleZh()));
                for (ChecklistTemplate.Item item : topic.items()) {
                    wordings.add(new Wording(name + " " + item.code() + " title", item.title(), item.titleZh()));
                    assertThat(item.guidance()).as("the guidance of %s %s", name, item.code()).isNotBlank();
                    wordings.add(new Wording(name + " " + item.code() + " guidance", item.guidance(),
                            item.guidanceZh()));
                }
            }
        }
        return wordings;
    }

    private record Wording(String where, String en, String zh) {
    }
}
