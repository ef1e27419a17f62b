package org.jointacceptance.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The construction firm: applies through the one window (the draft, one file per required material, the
 * submission) and answers rectification notices. Each application is drawn from a seeded random generator: one to
 * three sections, civil air defense works in a third of the projects, and a quarter of the sections failed by one
 * department in round 1. A firm that {@linkplain #varied owes} materials submits some applications without one
 * material the window tolerates, promising it within two days, and supplies it a little later or never; some of its
 * sections see a department run a special procedure, and some of its projects are late (a department holds its
 * result until the clock has moved).
 */
final class Firm {

    /** Departments every project of the example asks; civil air defense joins when the project has such works. */
    static final List<String> ALWAYS_ROUTED = List.of("quality", "planning", "land", "fire", "meteorology", "archives");
    private static final int PROCEDURE_ONE_IN = 6;
    /** Projects 1, 11, 21, ... of a varied firm are late: see {@link #varied}. */
    private static final int LATE_EVERY = 10;
    /** The window's time zone: a promise is dated in it. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Api api;
    private final Violations violations;
    private final Ledger ledger;
    private final String acceptanceUrl;
    private final Supplier<String> token;
    private final JsonNode example;
    /** This run's projects' codes start with it: each application is for a project of its own. */
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private int owingOneIn;
    private ScheduledExecutorService later;

    Firm(Api api, Violations violations, Ledger ledger, String acceptanceUrl, Supplier<String> token,
            JsonNode example) {
        this.api = api;
        this.violations = violations;
        this.ledger = ledger;
        this.acceptanceUrl = acceptanceUrl;
        this.token = token;
        this.example = example;
    }

    /**
     * From now on, one application in {@code oneIn} owes a material at intake: half of them have it supplied (on
     * {@code later}) 10 to 60 seconds after their submission, the others never; in one section in
     * {@value #PROCEDURE_ONE_IN} a department runs a special procedure before its round-1 result; and every
     * {@value #LATE_EVERY}th project, from the first, is late: a department holds its round-1 result of the first
     * section until the clock has moved past its due date (nothing else happens to such a project that would stop its
     * clocks).
     */
    Firm varied(int oneIn, ScheduledExecutorService later) {
        this.owingOneIn = oneIn;
        this.later = later;
        return this;
    }

    /**
     * Prepares, completes and submits application number {@code number}; returns how many inspections its
     * submission requested (none when its draft's creation was cut off: then it is not applied for).
     */
    int apply(long seed, int number) {
        Random random = new Random(seed * 1_000_003L + number);
        ObjectNode application = example.deepCopy();
        ObjectNode project = (ObjectNode) application.get("project");
        project.put("code", "2102022026-" + run + "-" + number);
        project.put("name", "Benchmark project " + number);
        if (random.nextInt(3) == 0) {
            project.put("civilAirDefenseWorks", true).put("civilAirDefenseArea", 3200);
        }
        ArrayNode sections = application.putArray("sections");
        int sectionCount = 1 + random.nextInt(3);
        for (int i = 1; i <= sectionCount; i++) {
            sections.addObject().put("name", "Section " + i).put("floorArea", 4000 + 1000 * i)
                    .putArray("buildings").add(i + "#");
        }
        JsonNode draft = api.post(acceptanceUrl + "/applications", token.get(), application, 201);
        if (draft == null) {
            return 0; // a draft kept by an attempt cut off: left as it is, and the project not applied for
        }
        String id = draft.path("id").asText();
        List<String> failing = new ArrayList<>();
        draft.path("sections").forEach(section -> failing.add(
                random.nextInt(4) == 0 ? ALWAYS_ROUTED.get(random.nextInt(ALWAYS_ROUTED.size())) : null));
        Ledger.Owed owed = Ledger.Owed.NOTHING;
        List<String> procedures = new ArrayList<>();
        String late = null;
        if (owingOneIn > 0 && number % LATE_EVERY == 1) { // nothing stops its clocks: they must warn
            late = ALWAYS_ROUTED.get(random.nextInt(ALWAYS_ROUTED.size()));
            Collections.fill(failing, null);
        } else if (owingOneIn > 0) {
            owed = random.nextInt(owingOneIn) == 0
                    ? (random.nextBoolean() ? Ledger.Owed.SUPPLIED_LATE : Ledger.Owed.NEVER_SUPPLIED) : owed;
            failing.forEach(any -> procedures.add(random.nextInt(PROCEDURE_ONE_IN) == 0
                    ? ALWAYS_ROUTED.get(random.nextInt(ALWAYS_ROUTED.size())) : null));
        }
        String owedType = null;
        for (JsonNode required : draft.path("requiredMaterials")) {
            String type = required.path("type").asText();
            if (owed != Ledger.Owed.NOTHING && owedType == null && !required.path("key").asBoolean(true)) {
                owedType = type; // owed, promised at the submission
            } else {
                supply(id, type, number);
            }
        }
        List<Ledger.SectionPlan> plans = new ArrayList<>();
        for (int i = 0; i < failing.size(); i++) {
            plans.add(new Ledger.SectionPlan(UUID.fromString(id),
                    UUID.fromString(draft.path("sections").get(i).path("id").asText()), failing.get(i),
                    owedType == null ? Ledger.Owed.NOTHING : owed, procedures.isEmpty() ? null : procedures.get(i),
                    i == 0 ? late : null));
        }
        plans.forEach(ledger::plan); // before the submission: its inspection requests may arrive before it answers
        Map<String, Object> promises = owedType == null ? Map.of() : Map.of("promises", List.of(Map.of("type",
                owedType, "supplyBy", LocalDate.now(CHINA).plusDays(2).toString())));
        JsonNode submitted = api.post(acceptanceUrl + "/applications/" + id + "/submission", token.get(), promises,
                200);
        if (submitted == null) { // submitted by an attempt cut off
            submitted = api.get(acceptanceUrl + "/applications/" + id, token.get());
        }
        if (!"IN_INSPECTION".equals(submitted.path("status").asText())) {
            throw violations.record("application " + id + " is " + submitted.path("status").asText()
                    + " after its submission, not IN_INSPECTION");
        }
        if (owed == Ledger.Owed.SUPPLIED_LATE && owedType != null) {
            String type = owedType;
            later.schedule(() -> supply(id, type, number), 10 + random.nextInt(51), TimeUnit.SECONDS);
        }
        int inspections = 0;
        for (JsonNode section : submitted.path("sections")) {
            inspections += section.path("inspections").size();
        }
        return inspections;
    }

    /** Uploads the application's material of {@code type}: a small PDF. */
    private void supply(String applicationId, String type, int number) {
        byte[] file = ("%PDF-1.4\n% " + type + " of benchmark application " + number + "\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
        api.upload(acceptanceUrl + "/applications/" + applicationId + "/materials", token.get(), file, type + ".pdf",
                "application/pdf", type);
    }

    /** Answers every finding of a section's rectification notice: the failing department inspects again. */
    void rectify(UUID applicationId, UUID sectionId, int findings) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int finding = 0; finding < findings; finding++) {
            answers.add(Map.of("finding", finding, "answer", "Tested and filed; report attached to the file"));
        }
        api.post(acceptanceUrl + "/applications/" + applicationId + "/sections/" + sectionId + "/rectification",
                token.get(),
                Map.of("answers", answers), 200);
    }

    /**
     * Each section's decisions, round by round, as its application's record shows them, are the planned ones; a
     * section whose material was never supplied awaits it.
     */
    void compareRecordsWithPlan() {
        Map<UUID, List<Ledger.SectionPlan>> byApplication = new LinkedHashMap<>();
        ledger.sections().values().forEach(plan ->
                byApplication.computeIfAbsent(plan.applicationId(), any -> new ArrayList<>()).add(plan));
        byApplication.forEach((application, plans) -> {
            Map<UUID, JsonNode> recorded = sectionsOf(application);
            for (Ledger.SectionPlan plan : plans) {
                JsonNode section = recorded.get(plan.sectionId());
                List<String> decisions = new ArrayList<>();
                section.path("decisions").forEach(decision -> decisions.add(decision.path("decision").asText()));
                if (!plan.expectedDecisions().equals(decisions)) {
                    violations.record("acceptance-service records " + decisions + " for section " + plan.sectionId()
                            + ", planned " + plan.expectedDecisions());
                }
                if (!plan.accepted() && !section.path("status").asText().equals("AWAITING_MATERIAL")) {
                    violations.record("section " + plan.sectionId() + " is " + section.path("status").asText()
                            + ", though its owed material was never supplied");
                }
            }
        });
    }

    /** The application's sections as its own record shows them, by id. */
    private Map<UUID, JsonNode> sectionsOf(UUID applicationId) {
        JsonNode application = api.get(acceptanceUrl + "/applications/" + applicationId, token.get());
        Map<UUID, JsonNode> sections = new HashMap<>();
        for (JsonNode section : application.path("sections")) {
            sections.put(UUID.fromString(section.path("id").asText()), section);
        }
        return sections;
    }
}
