package org.jointacceptance.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The new application form (and a draft's): one field per field of acceptance-service's application request, named as
 * the API names it ({@code project.name}, {@code sections[0].floorArea}), so that each problem the service answers
 * with lands next to the field it names.
 */
public class ApplicationForm {

    static final List<String> APPLICANT = List.of("creditCode", "name", "contactName", "contactPhone", "contactEmail");
    static final List<String> PROJECT = List.of("code", "name", "address", "district", "use", "height",
            "floorsAboveGround", "floorsBelowGround", "grossFloorArea", "fireCategory", "civilAirDefenseWorks",
            "civilAirDefenseArea", "lightningProtectionRequired");
    static final List<String> SECTION = List.of("name", "buildings", "floorArea");
    private static final Set<String> NUMBERS = Set.of("project.height", "project.floorsAboveGround",
            "project.floorsBelowGround", "project.grossFloorArea", "project.civilAirDefenseArea");
    private static final Set<String> YES_OR_NO = Set.of("project.civilAirDefenseWorks",
            "project.lightningProtectionRequired");
    private static final Pattern BUILDING_SEPARATOR = Pattern.compile("[,，、;；\\s]+");
    /** As many sections as the API accepts in one application. */
    static final int MOST_SECTIONS = 50;

    private final Map<String, String> values;
    private final int sectionCount;
    private final Map<String, String> problems;
    private final String summary;

    private ApplicationForm(Map<String, String> values, int sectionCount, Map<String, String> problems, String summary) {
        this.values = values;
        this.sectionCount = sectionCount;
        this.problems = problems;
        this.summary = summary;
    }

    /** An empty form for a firm, with what its sign-in already says about it. */
    static ApplicationForm blank(String creditCode, String contactName, String contactEmail) {
        Map<String, String> values = new HashMap<>();
        values.put("applicant.creditCode", creditCode);
        values.put("applicant.contactName", contactName);
        values.put("applicant.contactEmail", contactEmail);
        values.put("project.lightningProtectionRequired", "true");
        return new ApplicationForm(values, 1, Map.of(), null);
    }

    /**
     * A new application for a registered project: its details as last declared, and a section for each declared
     * section not yet applied for, by name, for the firm to describe.
     */
    ApplicationForm forProject(AcceptanceService.Project registered) {
        Map<String, String> filled = new HashMap<>(values);
        putProject(filled, registered.attributes());
        List<AcceptanceService.DeclaredSection> sections = registered.applicable();
        for (int i = 0; i < sections.size(); i++) {
            put(filled, section(i, "name"), sections.get(i).name());
        }
        return new ApplicationForm(filled, Math.max(1, sections.size()), Map.of(), null);
    }

    /** A draft as it stands, to be changed. */
    static ApplicationForm of(ApplicationPage.Application draft) {
        Map<String, String> values = new HashMap<>();
        ApplicationPage.Applicant applicant = draft.applicant();
        put(values, "applicant.creditCode", applicant.creditCode());
        put(values, "applicant.name", applicant.name());
        put(values, "applicant.contactName", applicant.contactName());
        put(values, "applicant.contactPhone", applicant.contactPhone());
        put(values, "applicant.contactEmail", applicant.contactEmail());
        putProject(values, draft.project());
        for (int i = 0; i < draft.sections().size(); i++) {
            ApplicationPage.Section section = draft.sections().get(i);
            put(values, section(i, "name"), section.name());
            put(values, section(i, "buildings"), String.join("、", section.buildings()));
            put(values, section(i, "floorArea"), section.floorArea());
        }
        return new ApplicationForm(values, Math.max(1, draft.sections().size()), Map.of(), null);
    }

    /** The form as the browser sent it. */
    static ApplicationForm posted(MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((name, sent) -> {
            if (!sent.isEmpty()) {
                values.put(name, sent.get(0).strip());
            }
        });
        int sections = Math.min(MOST_SECTIONS, Math.max(1, parseCount(form.getFirst("sectionCount"))));
        return new ApplicationForm(values, sections, Map.of(), null);
    }

    /** The same form with one more (empty) section at the end. */
    ApplicationForm withSectionAdded() {
        return new ApplicationForm(values, Math.min(MOST_SECTIONS, sectionCount + 1), Map.of(), null);
    }

    /** The same form without section {@code index}; the sections after it move up. */
    ApplicationForm withoutSection(int index) {
        if (sectionCount <= 1 || index < 0 || index >= sectionCount) {
            return this;
        }
        Map<String, String> moved = new HashMap<>(values);
        for (int i = index; i < sectionCount; i++) {
            for (String field : SECTION) {
                String next = values.get(section(i + 1, field));
                if (next == null) {
                    moved.remove(section(i, field));
                } else {
                    moved.put(section(i, field), next);
                }
            }
        }
        return new ApplicationForm(moved, sectionCount - 1, Map.of(), null);
    }

    /** The form again with what the service found wrong in it. */
    ApplicationForm refusedWith(ServiceProblem problem) {
        return new ApplicationForm(values, sectionCount, problem.byField(), problem.summary());
    }

    /** The numbers the reader typed that are not numbers: the service is not asked until they are. */
    ApplicationForm withUnreadableNumbers(String message) {
        Map<String, String> unreadable = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            if (isNumber(field) && !value.isEmpty() && number(value) == null) {
                unreadable.put(field, message);
            }
        });
        return unreadable.isEmpty() ? this : new ApplicationForm(values, sectionCount, unreadable, null);
    }

    boolean refused() {
        return !problems.isEmpty() || summary != null;
    }

    /** The request acceptance-service takes: blank fields are left out, for the service to say what is required. */
    Map<String, Object> request() {
        Map<String, Object> applicant = new LinkedHashMap<>();
        APPLICANT.forEach(field -> applicant.put(field, value("applicant." + field)));
        Map<String, Object> project = new LinkedHashMap<>();
        PROJECT.forEach(field -> project.put(field, typed("project." + field)));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (int i = 0; i < sectionCount; i++) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("name", value(section(i, "name")));
            String buildings = values.getOrDefault(section(i, "buildings"), "");
            section.put("buildings", Arrays.stream(BUILDING_SEPARATOR.split(buildings)).filter(b -> !b.isEmpty())
                    .toList());
            section.put("floorArea", typed(section(i, "floorArea")));
            sections.add(section);
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("applicant", applicant);
        request.put("project", project);
        request.put("sections", sections);
        return request;
    }

    /** One field of the form, with its value and the problem with it, if any. */
    public Field field(String name) {
        String problem = problems.entrySet().stream().filter(entry -> concerns(entry.getKey(), name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        return new Field(name, name.replaceAll("[^A-Za-z0-9]+", "-"), values.getOrDefault(name, ""), problem);
    }

    /** Whether a yes-or-no field is ticked. */
    public boolean ticked(String name) {
        return "true".equals(values.get(name));
    }

    public List<SectionFields> sections() {
        List<SectionFields> sections = new ArrayList<>();
        for (int i = 0; i < sectionCount; i++) {
            sections.add(new SectionFields(i, field(section(i, "name")), field(section(i, "buildings")),
                    field(section(i, "floorArea"))));
        }
        return sections;
    }

    public int sectionCount() {
        return sectionCount;
    }

    public boolean mayAddSection() {
        return sectionCount < MOST_SECTIONS;
    }

    /** What the service said that names no field of the form. */
    public List<String> otherProblems() {
        List<String> other = new ArrayList<>();
        if (summary != null) {
            other.add(summary);
        }
        problems.forEach((name, message) -> {
            if (!isShown(name)) {
                other.add(name + ": " + message);
            }
        });
        return other;
    }

    /** The fields of one section. */
    public record SectionFields(int index, Field name, Field buildings, Field floorArea) {
        public int number() {
            return index + 1;
        }
    }

    /** A field: its name in the request, its id on the page, what it holds, and the problem with it. */
    public record Field(String name, String id, String value, String problem) {
        public boolean invalid() {
            return problem != null;
        }
    }

    /** Whether a problem the service names ({@code sections[0].buildings[1]}) is about the form's {@code field}. */
    private static boolean concerns(String problemField, String field) {
        return problemField.equals(field) || problemField.startsWith(field + "[")
                || problemField.startsWith(field + ".");
    }

    private boolean isShown(String problemField) {
        List<String> shown = new ArrayList<>();
        APPLICANT.forEach(field -> shown.add("applicant." + field));
        PROJECT.forEach(field -> shown.add("project." + field));
        for (int i = 0; i < sectionCount; i++) {
            for (String field : SECTION) {
                shown.add(section(i, field));
            }
        }
        return shown.stream().anyMatch(field -> concerns(problemField, field));
    }

    private static boolean isNumber(String field) {
        return NUMBERS.contains(field) || field.startsWith("sections[") && field.endsWith("].floorArea");
    }

    private Object typed(String field) {
        if (YES_OR_NO.contains(field)) {
            return ticked(field);
        }
        String value = value(field);
        if (value != null && isNumber(field)) {
            BigDecimal number = number(value);
            return number == null ? value : number;
        }
        return value;
    }

    private String value(String field) {
        String value = values.get(field);
        return value == null || value.isEmpty() ? null : value;
    }

    private static BigDecimal number(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int parseCount(String count) {
        try {
            return count == null ? 1 : Integer.parseInt(count);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String section(int index, String field) {
        return "sections[" + index + "]." + field;
    }

    private static void putProject(Map<String, String> values, ApplicationPage.Project project) {
        put(values, "project.code", project.code());
        put(values, "project.name", project.name());
        put(values, "project.address", project.address());
        put(values, "project.district", project.district());
        put(values, "project.use", project.use());
        put(values, "project.height", project.height());
        put(values, "project.floorsAboveGround", project.floorsAboveGround());
        put(values, "project.floorsBelowGround", project.floorsBelowGround());
        put(values, "project.grossFloorArea", project.grossFloorArea());
        put(values, "project.fireCategory", project.fireCategory());
        put(values, "project.civilAirDefenseWorks", project.civilAirDefenseWorks());
        put(values, "project.civilAirDefenseArea", project.civilAirDefenseArea());
        put(values, "project.lightningProtectionRequired", project.lightningProtectionRequired());
    }

    private static void put(Map<String, String> values, String field, Object value) {
        if (value != null) {
            values.put(field, value instanceof BigDecimal number ? number.toPlainString() : value.toString());
        }
    }
}
