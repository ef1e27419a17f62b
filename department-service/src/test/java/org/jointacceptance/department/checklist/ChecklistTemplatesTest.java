package org.jointacceptance.department.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jointacceptance.messaging.acceptance.InspectionMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checklist templates are data: one per department of the usual set, a generic one for the rest, a city's own first. */
class ChecklistTemplatesTest {

    private static final List<String> USUAL_DEPARTMENTS = List.of("quality", "planning", "land", "fire",
            "civil-air-defense", "meteorology", "archives");

    private final ObjectMapper mapper = new ObjectMapper();
    private final ChecklistTemplates bundled = new ChecklistTemplates(mapper, Optional.empty());

    @Test
    void every_department_of_the_usual_set_has_its_own_valid_template_with_key_items() {
        for (String department : USUAL_DEPARTMENTS) {
            ChecklistTemplate template = bundled.acceptance(department);
            assertThat(template.template()).isEqualTo(department);
            assertThat(template.version()).isPositive();
            assertThat(template.items().filter(ChecklistTemplate.Item::key)).as("key items of %s", department).isNotEmpty();
            assertThat(template.items().filter(item -> !item.key())).as("other items of %s", department).isNotEmpty();
        }
    }

    @Test
    void the_fire_template_covers_what_the_primer_lists_and_its_filing_is_a_completeness_list() {
        assertThat(bundled.acceptance("fire").topics().stream().map(ChecklistTemplate.Topic::title))
                .anyMatch(title -> title.startsWith("Fire lanes and rescue sites"))
                .anyMatch(title -> title.startsWith("Fire hydrants"))
                .anyMatch(title -> title.startsWith("Automatic sprinklers"))
                .anyMatch(title -> title.startsWith("Fire alarm"))
                .anyMatch(title -> title.startsWith("Smoke control"))
                .anyMatch(title -> title.startsWith("Emergency lighting and evacuation"))
                .anyMatch(title -> title.startsWith("Fire doors and compartments"));
        ChecklistTemplate filing = bundled.forMode("fire", InspectionMode.FILING);
        assertThat(filing.template()).isEqualTo("fire-filing");
        assertThat(filing.items().map(ChecklistTemplate.Item::code)).allMatch(code -> code.startsWith("filing."));
        assertThat(bundled.acceptance("fire").items().map(ChecklistTemplate.Item::code))
                .noneMatch(code -> code.startsWith("filing."));
    }

    @Test
    void a_department_a_city_added_without_a_template_gets_the_generic_one() {
        assertThat(bundled.acceptance("greening").template()).isEqualTo("generic");
        assertThat(bundled.forMode("water-supply", InspectionMode.FILING).template()).isEqualTo("filing");
        assertThat(bundled.acceptance("../quality").template()).isEqualTo("generic");
    }

    @Test
    void a_citys_own_template_takes_precedence_and_a_malformed_one_is_refused_not_skipped(@TempDir Path directory)
            throws IOException {
        Files.writeString(directory.resolve("fire.json"), """
                {"template": "fire", "version": 7, "title": "Fire protection acceptance, Dalian 2026",
                 "topics": [{"title": "Fire lanes", "items": [
                   {"code": "lanes.layout", "title": "Fire lanes as approved", "key": true}]}]}""");
        Files.writeString(directory.resolve("planning.json"), """
                {"template": "planning", "version": 1, "title": "Planning",
                 "topics": [{"title": "Height", "items": [
                   {"code": "Height", "title": "Height", "key": true}]}]}""");
        ChecklistTemplates city = new ChecklistTemplates(mapper, Optional.of(directory));

        assertThat(city.acceptance("fire").version()).isEqualTo(7);
        assertThat(city.acceptance("land").version()).isEqualTo(2);
        assertThatThrownBy(() -> city.acceptance("planning")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("item code 'Height'");
    }
}
