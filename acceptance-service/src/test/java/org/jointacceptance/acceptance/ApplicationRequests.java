package org.jointacceptance.acceptance;

import static org.jointacceptance.acceptance.Actors.asFirm;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jointacceptance.infrastructure.tokens.User;

/** Application bodies as a construction firm would post them, and the firm's way through the one window. */
final class ApplicationRequests {

    static final String HAIWAN_CREDIT_CODE = "91210200MA0QC8K63J";

    /** Each request is for a project of its own: a project's section is applied for by one application at a time. */
    private static final AtomicInteger PROJECTS = new AtomicInteger();

    /** A file the window takes as a PDF; content-addressed storage keeps it once however often it is uploaded. */
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private ApplicationRequests() {
    }

    /**
     * A residential project of its own in Zhongshan district; ordinary fire category, no civil air defense, no
     * lightning rule.
     */
    static Map<String, Object> plainProject(String... sectionNames) {
        return application(false, false, "ORDINARY", sectionNames);
    }

    /**
     * A plain project's application of one section, "Section 1: towers 1# and 2#", its project changed as
     * {@code changes} say.
     */
    static Map<String, Object> plainProjectWith(Map<String, Object> changes) {
        Map<String, Object> request = new HashMap<>(plainProject("Section 1: towers 1# and 2#"));
        @SuppressWarnings("unchecked")
        Map<String, Object> project = new HashMap<>((Map<String, Object>) request.get("project"));
        project.putAll(changes);
        request.put("project", project);
        return request;
    }

    static Map<String, Object> application(boolean civilAirDefense, boolean lightning, String fireCategory,
            String... sectionNames) {
        return Map.of(
                "applicant", Map.of(
                        "creditCode", HAIWAN_CREDIT_CODE,
                        "name", "Dalian Haiwan Construction Co., Ltd.",
                        "contactName", "Wang Li",
                        "contactPhone", "+86 411 8888 0000",
                        "contactEmail", "wang.li@haiwan.example"),
                "project", Map.ofEntries(
                        Map.entry("code", projectCode()),
                        Map.entry("name", "Haiwan Residences Phase II"),
                        Map.entry("address", "88 Renmin Road, Zhongshan District, Dalian"),
                        Map.entry("district", "210202"),
                        Map.entry("use", "residential"),
                        Map.entry("height", 54.6),
                        Map.entry("floorsAboveGround", 18),
                        Map.entry("floorsBelowGround", 2),
                        Map.entry("grossFloorArea", 23500.5),
                        Map.entry("fireCategory", fireCategory),
                        Map.entry("civilAirDefenseWorks", civilAirDefense),
                        Map.entry("civilAirDefenseArea", civilAirDefense ? 3200 : 0),
                        Map.entry("lightningProtectionRequired", lightning)),
                "sections", List.of(sectionNames).stream()
                        .map(name -> Map.of("name", name, "buildings", List.of("1#", "2#"), "floorArea", 12000))
                        .toList());
    }

    /** A project code registered nowhere yet. */
    static String projectCode() {
        return "2102022024-" + PROJECTS.incrementAndGet();
    }

    /** The same application, made by another firm. */
    static Map<String, Object> by(User firm, Map<String, Object> request) {
        Map<String, Object> theirs = new HashMap<>(request);
        theirs.put("applicant", Map.of("creditCode", firm.creditCode(), "name", firm.name() + " Construction Co., Ltd.",
                "contactName", firm.name(), "contactPhone", "+86 411 8888 0001", "contactEmail", "site@firm.example"));
        return theirs;
    }

    /** Prepares the application as a draft; the answer lists the materials the window requires. */
    static JsonPath prepare(Object request) {
        return asFirm().contentType(ContentType.JSON).body(request).post("/applications")
                .then().statusCode(201).contentType(ContentType.JSON).extract().jsonPath();
    }

    /** Uploads a material of the given type to the application. */
    static void upload(String application, String type) {
        asFirm().multiPart("file", type + ".pdf", PDF, "application/pdf").multiPart("type", type)
                .post("/applications/{id}/materials", application).then().statusCode(201);
    }

    /** Submits the application to the window with the given body. */
    static JsonPath submit(String application, Object submission) {
        return asFirm().contentType(ContentType.JSON).body(submission)
                .post("/applications/{id}/submission", application)
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    /** Prepares the application, uploads every material the window requires and submits it: accepted at once. */
    static JsonPath applyWithEveryMaterial(Object request) {
        JsonPath draft = prepare(request);
        String application = draft.getString("id");
        draft.getList("requiredMaterials.type", String.class).forEach(type -> upload(application, type));
        // nothing promised: no body at all, as a plain `curl -X POST` sends
        return asFirm().post("/applications/{id}/submission", application)
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }
}
