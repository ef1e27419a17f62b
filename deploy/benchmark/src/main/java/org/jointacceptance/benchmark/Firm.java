package org.jointacceptance.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The construction firm: applies through the one window (the draft, one file per required material, the
 * submission) and answers rectification notices. Each application is drawn from a seeded random generator: one to
 * three sections, civil air defense works in a third of the projects, and a quarter of the sections failed by one
 * department in round 1.
 */
final class Firm {

    /** Departments every project of the example asks; civil air defense joins when the project has such works. */
    static final List<String> ALWAYS_ROUTED = List.of("quality", "planning", "land", "fire", "meteorology", "archives");

    private final Api api;
    private final Violations violations;
    private final Ledger ledger;
    private final String acceptanceUrl;
    private final Supplier<String> token;
    private final JsonNode example;
    /** This run's projects' codes start with it: each application is for a project of its own. */
    private final String run = Long.toString(System.currentTimeMillis(), 36);

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
        for (JsonNode required : draft.path("requiredMaterials")) {
            String type = required.path("type").asText();
            byte[] file = ("%PDF-1.4\n% " + type + " of benchmark application " + number + "\n%%EOF\n")
                    .getBytes(StandardCharsets.UTF_8);
            api.upload(acceptanceUrl + "/applications/" + id + "/materials", token.get(), file, type + ".pdf",
                    "application/pdf", type);
        }
        List<Ledger.SectionPlan> plans = new ArrayList<>();
        for (JsonNode section : draft.path("sections")) {
            String failing = random.nextInt(4) == 0 ? ALWAYS_ROUTED.get(random.nextInt(ALWAYS_ROUTED.size())) : null;
            plans.add(new Ledger.SectionPlan(UUID.fromString(id), UUID.fromString(section.path("id").asText()), failing));
        }
        plans.forEach(ledger::plan); // before the submission: its inspection requests may arrive before it answers
        JsonNode submitted = api.post(acceptanceUrl + "/applications/" + id + "/submission", token.get(), Map.of(),
                200);
        if (submitted == null) { // submitted by an attempt cut off
            submitted = api.get(acceptanceUrl + "/applications/" + id, token.get());
        }
        if (!"IN_INSPECTION".equals(submitted.path("status").asText())) {
            throw violations.record("application " + id + " is " + submitted.path("status").asText()
                    + " after its submission, not IN_INSPECTION");
        }
        int inspections = 0;
        for (JsonNode section : submitted.path("sections")) {
            inspections += section.path("inspections").size();
        }
        return inspections;
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

    /** Each section's decisions, round by round, as its application's record shows them, are the planned ones. */
    void compareRecordsWithPlan() {
        Map<UUID, List<Ledger.SectionPlan>> byApplication = new LinkedHashMap<>();
        ledger.sections().values().forEach(plan ->
                byApplication.computeIfAbsent(plan.applicationId(), any -> new ArrayList<>()).add(plan));
        byApplication.forEach((application, plans) -> {
            Map<UUID, List<String>> recorded = decisionsOf(application);
            for (Ledger.SectionPlan plan : plans) {
                if (!plan.expectedDecisions().equals(recorded.get(plan.sectionId()))) {
                    violations.record("acceptance-service records " + recorded.get(plan.sectionId()) + " for section "
                            + plan.sectionId() + ", planned " + plan.expectedDecisions());
                }
            }
        });
    }

    /** What the application's own record says of its sections' decisions, round by round. */
    Map<UUID, List<String>> decisionsOf(UUID applicationId) {
        JsonNode application = api.get(acceptanceUrl + "/applications/" + applicationId, token.get());
        Map<UUID, List<String>> decisions = new HashMap<>();
        for (JsonNode section : application.path("sections")) {
            List<String> seen = new ArrayList<>();
            section.path("decisions").forEach(decision -> seen.add(decision.path("decision").asText()));
            decisions.put(UUID.fromString(section.path("id").asText()), seen);
        }
        return decisions;
    }
}
