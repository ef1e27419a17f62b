package org.jointacceptance.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An inspector at work on one inspection, request by request as the workbench is used: the inbox (filtered to the
 * application), a special procedure opened and closed where the plan has one, the checklist, one mark per item (or
 * every mark in one request, as a phone sends those it kept without signal), the result, signed in as the
 * department's benchmark inspector. The
 * ledger hands each inspection to one worker only, so workers never take the same one.
 */
final class Inspector {

    private static final Map<String, Object> PASS = Map.of("mark", "PASS");
    private static final Map<String, Object> FAIL = Map.of("mark", "FAIL", "finding", Map.of(
            "description", "The testing report does not cover the basement garage", "severity", "MAJOR",
            "rectifiable", true, "requiredAction", "Have the garage tested and file the report"));
    private static final Map<String, Object> OPEN_PROCEDURE = Map.of("kind", "TESTING", "reason",
            "Smoke exhaust capacity of the atrium must be measured by an accredited testing body",
            "expectedWorkingDays", 5);
    private static final Map<String, Object> CLOSE_PROCEDURE = Map.of("outcome",
            "Measured smoke exhaust meets the design");

    private final Api api;
    private final Ledger ledger;
    private final Function<String, String> departmentUrl;
    private final Function<String, String> tokenIn;
    private final boolean marksAtOnce;

    /**
     * @param departmentUrl a department's base URL by its code
     * @param tokenIn       the inspector's token in a department, by its code
     * @param marksAtOnce   every mark of the checklist in one request instead of one request each
     */
    Inspector(Api api, Ledger ledger, Function<String, String> departmentUrl, Function<String, String> tokenIn,
            boolean marksAtOnce) {
        this.api = api;
        this.ledger = ledger;
        this.departmentUrl = departmentUrl;
        this.tokenIn = tokenIn;
        this.marksAtOnce = marksAtOnce;
    }

    /** How many answers so far said that a service was busy. */
    long busyAnswers() {
        return api.busyAnswers();
    }

    /**
     * Inspects {@code task} and submits the result; returns false, having done nothing, while the department has not
     * yet filed the request (the event is still on its way), or while it is a late department's that waits for the
     * clock to move.
     */
    boolean inspect(Ledger.Task task, Step.Measure measure) {
        if (ledger.waitsForTheClock(task)) {
            return false;
        }
        String base = departmentUrl.apply(task.department());
        String token = tokenIn.apply(task.department());
        JsonNode inbox = api.get(base + "/inspections?state=PENDING&applicationId=" + task.applicationId(), token);
        measure.request();
        String inspection = null;
        for (JsonNode entry : inbox) {
            if (entry.path("sectionId").asText().equals(task.sectionId().toString())
                    && entry.path("round").asInt() == task.round()) {
                inspection = entry.path("id").asText();
            }
        }
        if (inspection == null) {
            return false;
        }
        String url = base + "/inspections/" + inspection;
        if (ledger.section(task.sectionId()).runsProcedure(task.department(), task.round())) {
            specialProcedure(url, token, measure);
        }
        JsonNode checklist = api.get(url + "/checklist", token).path("checklist");
        measure.request();
        boolean fails = ledger.section(task.sectionId()).fails(task.department(), task.round());
        Map<String, Object> marks = new LinkedHashMap<>();
        for (JsonNode item : checklist) {
            if (item.path("mark").isNull() || item.path("mark").isMissingNode()) {
                marks.put(item.path("code").asText(), fails && marks.isEmpty() ? FAIL : PASS);
            }
        }
        if (!marksAtOnce) {
            marks.forEach((code, marking) -> {
                api.put(url + "/checklist/" + code, token, marking);
                measure.request();
            });
        } else if (!marks.isEmpty()) { // a checklist marked in full has nothing left to send
            api.patch(url + "/checklist", token, Map.of("marks", marks));
            measure.request();
        }
        long started = System.nanoTime();
        JsonNode result = api.post(url + "/result", token, Map.of(), 200);
        long answered = System.nanoTime();
        if (result == null) { // submitted by an attempt cut off
            result = api.get(url, token);
        }
        measure.request();
        measure.resultAnswered(answered - started);
        String expected = fails ? "FAILED" : "PASSED";
        if (!expected.equals(result.path("result").asText())) {
            throw measure.violations().record(task + " gave " + result.path("result").asText() + ", planned " + expected);
        }
        ledger.resultSubmitted(task, answered, measure.recording() ? measure : null);
        return true;
    }

    /** Opens a special procedure on the inspection and closes it: the clocks stop meanwhile. */
    private void specialProcedure(String url, String token, Step.Measure measure) {
        JsonNode opened = api.post(url + "/special-procedures", token, OPEN_PROCEDURE, 201);
        String procedure = null;
        if (opened != null) {
            procedure = opened.path("procedureId").asText();
        } else { // opened by an attempt cut off: the one still open
            for (JsonNode each : api.get(url + "/special-procedures", token)) {
                if (each.path("open").asBoolean()) {
                    procedure = each.path("procedureId").asText();
                }
            }
        }
        if (procedure == null) {
            throw measure.violations().record("no special procedure open on " + url + " after opening one");
        }
        measure.request();
        ledger.procedureOpened(procedure);
        api.post(url + "/special-procedures/" + procedure + "/close", token, CLOSE_PROCEDURE, 200);
        measure.request();
    }
}
