package org.jointacceptance.acceptance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.jointacceptance.acceptance.Actors.asCoordinator;
import static org.jointacceptance.acceptance.Actors.asFirm;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jointacceptance.acceptance.intake.UnifiedSocialCreditCode;
import org.jointacceptance.acceptance.watch.DateChecks;
import org.jointacceptance.infrastructure.testing.InfrastructureTestResource;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.infrastructure.tokens.User;
import org.jointacceptance.messaging.EventCodec;
import org.jointacceptance.messaging.department.Finding;
import org.jointacceptance.problem.UploadedFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Section acceptance, the rectification loop and the documents of record, as the domain primer tells them: a
 * section is accepted on its own and gets its opinion; a failing section gets one notice, the applicant answers,
 * only the failed departments inspect again; when every section is accepted, one filing for the whole project.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class SectionAcceptanceTest {

    private static final String[] ALL = { "quality", "planning", "land", "fire", "archives" };
    private static final Finding SPRINKLERS = new Finding("Automatic sprinklers",
            "Sprinkler heads missing in basement garage zone B", true, "Install the heads and submit the test report");
    private static final byte[] PDF = ApplicationRequests.PDF;

    @Inject
    EventCodec codec;

    @Inject
    EntityManager entityManager;

    @Inject
    MutableClock clock;

    @Inject
    DateChecks dateChecks;

    private final KafkaTestClient kafka = KafkaTestClient.forTestInfrastructure();
    private DepartmentResults departments;

    @BeforeEach
    void departments() {
        departments = new DepartmentResults(kafka, codec);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void a_notice_not_answered_by_its_deadline_rejects_the_section_until_a_coordinator_reopens_it() {
        clock.set(LocalDateTime.of(2026, 6, 1, 9, 0));
        JsonPath submitted = submit(ApplicationRequests.plainProject("Whole project"));
        UUID application = UUID.fromString(submitted.getString("id"));
        UUID section = UUID.fromString(submitted.getString("sections[0].id"));
        departments.pass(application, section, 1, "quality", "planning", "land", "archives");
        departments.fail(application, section, 1, "fire", SPRINKLERS);
        // 20 working days from Monday 06-01, the Dragon Boat Festival (06-19) off: Tuesday 06-30
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> application(application)
                .body("sections[0].status", equalTo("RECTIFICATION_REQUIRED"))
                .body("sections[0].rectifyBy", equalTo("2026-06-30")));
        assertThat(JsonPath.from(decided(application).get(0).value()).getString("rectifyBy")).isEqualTo("2026-06-30");

        clock.set(LocalDateTime.of(2026, 7, 1, 9, 0));
        Map<String, Object> answer = Map.of("answers", List.of(Map.of("finding", 0, "answer", "Heads installed")));
        asFirm().contentType(ContentType.JSON).body(answer)
                .post("/applications/{id}/sections/{s}/rectification", application, section)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/rectification-deadline-missed"));
        dateChecks.run();
        dateChecks.run();

        application(application).body("status", equalTo("REJECTED"))
                .body("sections[0].status", equalTo("REJECTED"))
                .body("sections[0].decisions.decision", contains("RECTIFICATION_REQUIRED", "REJECTED"))
                .body("sections[0].decisions[1].round", equalTo(1))
                .body("sections[0].decisions[1].reasons[0]", equalTo(
                        "No rectification was submitted by 2026-06-30, the notice's deadline"))
                .body("sections[0].decisions[1].findings[0].description", equalTo(SPRINKLERS.description()));
        assertThat(decided(application)).as("one rejection, however often the check runs").hasSize(2);

        asCoordinator().contentType(ContentType.JSON).body(Map.of("reason", "The firm was flooded"))
                .post("/applications/{id}/sections/{s}/reopening", application, section).then().statusCode(200)
                .body("sections[0].status", equalTo("RECTIFICATION_REQUIRED"))
                .body("sections[0].rectifyBy", equalTo("2026-07-29"));
        asFirm().contentType(ContentType.JSON).body(answer)
                .post("/applications/{id}/sections/{s}/rectification", application, section)
                .then().statusCode(200).body("sections[0].round", equalTo(2))
                .body("sections[0].inspections.findAll { it.round == 2 }.department", contains("fire"));
    }

    @Test
    void section_one_is_accepted_while_section_two_is_rectified_then_the_project_is_filed() {
        JsonPath submitted = submit(ApplicationRequests.plainProject("Section 1: towers 1# 2#", "Section 2: tower 3#"));
        UUID application = UUID.fromString(submitted.getString("id"));
        UUID one = UUID.fromString(submitted.getString("sections[0].id"));
        UUID two = UUID.fromString(submitted.getString("sections[1].id"));

        departments.pass(application, one, 1, ALL);
        departments.pass(application, two, 1, "quality", "planning", "land", "archives");
        departments.fail(application, two, 1, "fire", SPRINKLERS);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> application(application)
                .body("sections[0].status", equalTo("ACCEPTED"))
                .body("sections[0].opinion.number", notNullValue())
                .body("sections[1].status", equalTo("RECTIFICATION_REQUIRED"))
                .body("status", equalTo("RECTIFICATION_REQUIRED"))
                .body("filingNumber", nullValue()));
        String opinionOne = application(application).extract().path("sections[0].opinion.number");
        String digestOne = application(application).extract().path("sections[0].opinion.digest");
        assertThat(opinionOne).matches("DL-LHYS-\\d{4}-\\d{6}");
        asCoordinator().get("/opinions/{number}", opinionOne).then().statusCode(200)
                .body("content.sectionName", equalTo("Section 1: towers 1# 2#"))
                .body("content.conclusions.department", equalTo(List.of(ALL).stream().sorted().toList()))
                .body("content.conclusions.conclusion", equalTo(List.of("PASSED", "PASSED", "PASSED", "PASSED", "PASSED")))
                .body("digest", equalTo(digestOne));
        given().get("/opinions/{number}/verification?digest={digest}", opinionOne, digestOne).then().statusCode(200)
                .body("digestMatches", equalTo(true)).body("contentIntact", equalTo(true))
                .body("sectionName", equalTo("Section 1: towers 1# 2#"));
        String chinese = asCoordinator().accept(ContentType.HTML).get("/opinions/{number}", opinionOne).then()
                .statusCode(200).extract().asString();
        assertThat(chinese).as("the document of record, in Chinese").contains("建设工程竣工联合验收意见书",
                "大连市建设工程质量安全监督服务中心", "<td>消防</td><td>通过</td><td>赵敏</td>", "<td>城建档案</td>",
                "备案通过，未抽中现场抽查", "扫码或访问以下网址核验本意见书", "该分段经竣工联合验收合格，准予投入使用。")
                .containsPattern("出具日期</b> \\d{4}年\\d{1,2}月\\d{1,2}日")
                .doesNotContain("PASSED", "<td>fire</td>", "Department", "inspector.fire")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        List<String> supplied = suppliedBy(asCoordinator().get("/opinions/{number}", opinionOne).then()
                .extract().jsonPath());
        assertThat(ownWords(chinese, supplied)).as("what the Chinese document says of its own")
                .doesNotContainPattern("[A-Za-z]");
        String english = asCoordinator().accept(ContentType.HTML).header("Accept-Language", "en")
                .get("/opinions/{number}", opinionOne).then().statusCode(200).extract().asString();
        assertThat(english).as("in English when asked").contains("Joint completion acceptance opinion",
                "Dalian Construction Engineering Quality and Safety Supervision Service Center",
                "<td>Fire protection</td><td>Passed</td>", "Passed on filing, not drawn for a spot check")
                .doesNotContain("消防", "通过", "PASSED");
        assertThat(ownWords(english, supplied)).as("what the English document says of its own")
                .doesNotContainPattern("\\p{IsHan}");
        asCoordinator().get("/applications/{id}/filing", application).then().statusCode(404)
                .contentType("application/problem+json");

        String evidence = upload(application, "rectification-evidence", "pressure-test.pdf", "application/pdf", PDF)
                .getString("sha256");
        asFirm().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("finding", 0,
                "answer", "42 heads installed; pressure test passed", "evidence", List.of(evidence)))))
                .post("/applications/{id}/sections/{section}/rectification", application, two)
                .then().statusCode(200)
                .body("sections[1].status", equalTo("IN_INSPECTION"))
                .body("sections[1].round", equalTo(2))
                .body("sections[1].inspections.findAll { it.round == 2 }.department", equalTo(List.of("fire")));

        List<ConsumerRecord<String, String>> reinspections = Applications.announced(kafka,
                record -> application.toString().equals(record.key())
                        && "InspectionRequested".equals(KafkaTestClient.header(record, "ce_type"))
                        && JsonPath.from(record.value()).getInt("round") == 2);
        assertThat(reinspections).hasSize(1);
        JsonPath request = JsonPath.from(reinspections.get(0).value());
        assertThat(request.getString("department")).isEqualTo("fire");
        assertThat(request.getString("rectifiedFindings[0].description")).isEqualTo(SPRINKLERS.description());
        assertThat(request.getString("rectifiedFindings[0].answer")).isEqualTo("42 heads installed; pressure test passed");
        assertThat(request.getString("rectifiedFindings[0].evidence[0].sha256")).isEqualTo(evidence);

        departments.pass(application, two, 2, "fire");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> application(application)
                .body("status", equalTo("ACCEPTED"))
                .body("sections[1].status", equalTo("ACCEPTED"))
                .body("sections[1].decisions.decision", equalTo(List.of("RECTIFICATION_REQUIRED", "ACCEPTED")))
                .body("filingNumber", notNullValue()));
        String opinionTwo = application(application).extract().path("sections[1].opinion.number");
        asCoordinator().get("/opinions/{number}", opinionTwo).then().statusCode(200)
                .body("content.rounds", equalTo(2))
                .body("content.conclusions.find { it.department == 'fire' }.round", equalTo(2))
                .body("content.conclusions.find { it.department == 'quality' }.round", equalTo(1));
        asCoordinator().get("/applications/{id}/filing", application).then().statusCode(200)
                .body("number", containsString("DL-JGBA-"))
                .body("opinions", equalTo(List.of(opinionOne, opinionTwo)));
        assertThat(eventTypes(application)).containsSubsequence("IntakeDecided", "SectionDecided", "OpinionIssued",
                "RectificationSubmitted", "InspectionRequested", "SectionDecided", "OpinionIssued",
                "CompletionFilingIssued");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(Applications.announced(kafka,
                record -> application.toString().equals(record.key())
                        && "StageClockChanged".equals(KafkaTestClient.header(record, "ce_type")))
                .stream().map(record -> JsonPath.from(record.value()).getString("state")).toList())
                .as("the joint stage's clock as the other services are told it, once per change")
                .containsExactly("RUNNING", "PAUSED", "RUNNING", "CLOSED"));
        assertThat(asCoordinator().get("/applications/{id}/timeline", application).then().statusCode(200).extract().jsonPath()
                .getList("action", String.class)).containsSubsequence("INTAKE_ACCEPTED", "INSPECTION_REQUESTED",
                        "RESULT_PASSED", "SECTION_ACCEPTED", "OPINION_ISSUED", "RESULT_FAILED",
                        "SECTION_RECTIFICATION_REQUIRED", "MATERIAL_UPLOADED", "RECTIFICATION_SUBMITTED",
                        "SECTION_ACCEPTED", "OPINION_ISSUED", "FILING_ISSUED");
    }

    @Test
    void a_section_still_failing_after_the_last_permitted_round_is_rejected() {
        JsonPath submitted = submit(ApplicationRequests.plainProject("Whole project"));
        UUID application = UUID.fromString(submitted.getString("id"));
        UUID section = UUID.fromString(submitted.getString("sections[0].id"));
        departments.pass(application, section, 1, "quality", "planning", "land", "archives");

        for (int round = 1; round <= 3; round++) {
            departments.fail(application, section, round, "fire", SPRINKLERS);
            int decided = round;
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> application(application)
                    .body("sections[0].decisions.size()", equalTo(decided)));
            if (round < 3) {
                rectify(application, section, "Heads installed, round " + round).statusCode(200);
            }
        }
        application(application)
                .body("status", equalTo("REJECTED"))
                .body("sections[0].decisions.decision",
                        equalTo(List.of("RECTIFICATION_REQUIRED", "RECTIFICATION_REQUIRED", "REJECTED")))
                .body("sections[0].decisions[2].reasons[0]", equalTo("Still failing after 3 rounds; the limit is 3"));
        rectify(application, section, "Once more").statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/not-awaiting-rectification"));
    }

    @Test
    void a_rectification_must_answer_every_finding_with_evidence_of_this_application() {
        JsonPath submitted = submit(ApplicationRequests.plainProject("Whole project"));
        UUID application = UUID.fromString(submitted.getString("id"));
        UUID section = UUID.fromString(submitted.getString("sections[0].id"));
        departments.pass(application, section, 1, "quality", "land", "archives");
        departments.fail(application, section, 1, "fire", SPRINKLERS);
        departments.fail(application, section, 1, "planning", new Finding("Greening",
                "Greening ratio 28% below the permitted 30%", true, "Plant the north courtyard"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> application(application)
                .body("sections[0].status", equalTo("RECTIFICATION_REQUIRED"))
                .body("sections[0].decisions[0].findings.size()", equalTo(2)));

        rectify(application, section, "Only the first").statusCode(400)
                .body("type", equalTo("https://jointacceptance.org/problems/findings-unanswered"))
                .body("detail", containsString("unanswered: [1]"));
        asFirm().contentType(ContentType.JSON).body(Map.of("answers", List.of(
                Map.of("finding", 0, "answer", "done", "evidence", List.of("0".repeat(64))),
                Map.of("finding", 1, "answer", "done"))))
                .post("/applications/{id}/sections/{section}/rectification", application, section)
                .then().statusCode(400).body("type", equalTo("https://jointacceptance.org/problems/unknown-evidence"));
        asFirm().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("finding", 7, "answer", "done"))))
                .post("/applications/{id}/sections/{section}/rectification", application, section)
                .then().statusCode(400).body("type", equalTo("https://jointacceptance.org/problems/unknown-finding"));
        application(application).body("sections[0].round", equalTo(1))
                .body("sections[0].status", equalTo("RECTIFICATION_REQUIRED"));
    }

    @Test
    void the_same_new_file_uploaded_by_several_firms_at_once_is_stored_once_and_each_firm_gets_it_back()
            throws Exception {
        byte[] report = ("%PDF-1.7\n% joint fire test " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        List<User> firms = IntStream.range(0, 8).mapToObj(i -> {
            String code = "9121020" + i + "MA0Y5T2X1";
            return User.applicant("Firm " + i, code + UnifiedSocialCreditCode.checkCharacter(code.substring(0, 17)));
        }).toList();
        Map<User, String> drafts = new HashMap<>();
        firms.forEach(firm -> drafts.put(firm, Actors.as(firm).contentType(ContentType.JSON)
                .body(ApplicationRequests.by(firm, ApplicationRequests.plainProject("Whole project")))
                .post("/applications").then().statusCode(201).extract().path("id")));

        CyclicBarrier together = new CyclicBarrier(firms.size());
        ExecutorService uploaders = Executors.newFixedThreadPool(firms.size());
        try {
            List<Future<Integer>> answers = uploaders.invokeAll(firms.stream().<Callable<Integer>>map(firm -> () -> {
                together.await(30, TimeUnit.SECONDS);
                return Actors.as(firm).multiPart("file", "fire-test.pdf", report, "application/pdf")
                        .multiPart("type", "completion-acceptance-report")
                        .post("/applications/{id}/materials", drafts.get(firm)).statusCode();
            }).toList());
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).as("every firm's upload of the same new file").isEqualTo(201);
            }
        } finally {
            uploaders.shutdownNow();
        }

        String sha256 = UploadedFiles.sha256(report);
        for (User firm : firms) {
            assertThat(Actors.as(firm).get("/applications/{id}/materials/{sha}", drafts.get(firm), sha256).then()
                    .statusCode(200).extract().asByteArray()).isEqualTo(report);
        }
    }

    @Test
    void materials_are_stored_by_digest_and_never_served_once_altered() {
        UUID application = UUID.fromString(submit(ApplicationRequests.plainProject("Whole project")).getString("id"));
        JsonPath stored = upload(application, "completion-report", "../../etc/completion report.pdf",
                "application/pdf", PDF);
        String sha256 = stored.getString("sha256");
        assertThat(stored.getString("name")).isEqualTo("completion report.pdf");
        assertThat(stored.getLong("size")).isEqualTo(PDF.length);

        byte[] downloaded = asCoordinator().get("/applications/{id}/materials/{sha}", application, sha256).then()
                .statusCode(200).header("Digest", "sha-256=" + sha256).extract().asByteArray();
        assertThat(downloaded).isEqualTo(PDF);
        asFirm().multiPart("file", "run.sh", "#!/bin/sh".getBytes(StandardCharsets.US_ASCII), "application/x-sh")
                .multiPart("type", "completion-report")
                .post("/applications/{id}/materials", application)
                .then().statusCode(415).contentType("application/problem+json");

        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update material_content set content = :altered where sha256 = :sha")
                .setParameter("altered", "%PDF-1.7 altered".getBytes(StandardCharsets.US_ASCII))
                .setParameter("sha", sha256).executeUpdate());
        asCoordinator().get("/applications/{id}/materials/{sha}", application, sha256).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jointacceptance.org/problems/material-corrupted"));
    }

    @Test
    void an_opinion_is_printable_and_a_wrong_digest_does_not_verify() {
        JsonPath submitted = submit(ApplicationRequests.plainProject("Whole project"));
        UUID application = UUID.fromString(submitted.getString("id"));
        UUID section = UUID.fromString(submitted.getString("sections[0].id"));
        departments.pass(application, section, 1, ALL);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> application(application)
                .body("sections[0].opinion.number", notNullValue()));
        String number = application(application).extract().path("sections[0].opinion.number");
        String digest = application(application).extract().path("sections[0].opinion.digest");

        asCoordinator().accept(ContentType.HTML).get("/opinions/{number}", number).then().statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString(number)).body(containsString(digest)).body(containsString("Haiwan Residences"))
                .body(containsString("<svg")).body(containsString("http://localhost:8070/verify/" + number + "?digest="
                        + digest));
        given().get("/opinions/{number}/verification?digest={digest}", number, "f".repeat(64)).then()
                .statusCode(200).body("digestMatches", equalTo(false)).body("contentIntact", equalTo(true));
        given().get("/opinions/{number}/verification?digest=not-hex", number).then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/opinions/{number}/verification?digest={digest}", "DL-LHYS-1999-000001", digest).then()
                .statusCode(404);

        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update joint_opinion set content = replace(content, 'PASSED', 'FAILED') where number = :n")
                .setParameter("n", number).executeUpdate());
        given().get("/opinions/{number}/verification?digest={digest}", number, digest).then().statusCode(200)
                .body("digestMatches", equalTo(true)).body("contentIntact", equalTo(false))
                .body("projectName", nullValue());
    }

    @Test
    void opinions_issued_at_once_form_one_chain_each_linked_to_the_one_before() {
        List<UUID[]> accepted = IntStream.range(0, 6).mapToObj(i -> {
            JsonPath submitted = submit(ApplicationRequests.plainProject("Whole project"));
            return new UUID[] { UUID.fromString(submitted.getString("id")),
                    UUID.fromString(submitted.getString("sections[0].id")) };
        }).toList();
        accepted.forEach(section -> departments.pass(section[0], section[1], 1, ALL));
        List<String> digests = accepted.stream().map(section -> await().atMost(Duration.ofSeconds(30))
                .until(() -> application(section[0]).extract().<String>path("sections[0].opinion.digest"),
                        digest -> digest != null))
                .toList();

        List<Object[]> chain = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select digest, previous_digest from joint_opinion", Object[].class).getResultList());
        List<String> links = chain.stream().map(opinion -> (String) opinion[1]).toList();
        assertThat(links.stream().filter(Objects::isNull)).as("one first opinion").hasSize(1);
        assertThat(links.stream().filter(Objects::nonNull)).as("each opinion follows a different one")
                .doesNotHaveDuplicates()
                .isSubsetOf(chain.stream().map(opinion -> (String) opinion[0]).toList());
        String newest = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select head_digest from opinion_chain").getSingleResult());
        assertThat(links).as("the newest is followed by none").doesNotContain(newest);
        for (int i = 0; i < accepted.size(); i++) {
            String number = application(accepted.get(i)[0]).extract().path("sections[0].opinion.number");
            given().get("/opinions/{number}/verification?digest={digest}", number, digests.get(i)).then()
                    .statusCode(200).body("digestMatches", equalTo(true)).body("contentIntact", equalTo(true));
        }
    }

    private List<ConsumerRecord<String, String>> decided(UUID application) {
        return Applications.announced(kafka, record -> application.toString().equals(record.key())
                && "SectionDecided".equals(KafkaTestClient.header(record, "ce_type")));
    }

    private JsonPath submit(Map<String, Object> request) {
        return ApplicationRequests.applyWithEveryMaterial(request);
    }

    /**
     * What an opinion's data supplied for its document to show as it is: every text of its content (names people
     * typed, codes, numbers, the inspectors' names) but the department codes, conclusions, logins and the lead
     * department's English name, which the document is to put in words; and its digest.
     */
    private static List<String> suppliedBy(JsonPath opinion) {
        List<String> texts = new java.util.ArrayList<>(List.of(opinion.getString("digest")));
        Map<String, Object> content = opinion.getMap("content");
        content.forEach((field, value) -> {
            if (value instanceof String text && !field.equals("issuedBy") && !field.equals("issuedOn")) {
                texts.add(text);
            } else if (value instanceof List<?> values) {
                values.stream().filter(String.class::isInstance).map(String.class::cast).forEach(texts::add);
            }
        });
        opinion.getList("content.conclusions.inspectorName", String.class).forEach(texts::add);
        texts.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return texts;
    }

    /** The words of an HTML document, without its markup, addresses, the term SHA-256 and what its data supplied. */
    private static String ownWords(String html, List<String> supplied) {
        String words = html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<[^>]+>", " ")
                .replaceAll("https?://\\S+", " ").replace("SHA-256", " ");
        for (String text : supplied) {
            words = words.replace(text, " ");
        }
        return words;
    }

    private static io.restassured.response.ValidatableResponse application(UUID id) {
        return asCoordinator().get("/applications/{id}", id).then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse rectify(UUID application, UUID section, String answer) {
        return asFirm().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("finding", 0, "answer", answer))))
                .post("/applications/{id}/sections/{section}/rectification", application, section).then();
    }

    private static JsonPath upload(UUID application, String type, String name, String mediaType, byte[] content) {
        return asFirm().multiPart("file", name, content, mediaType).multiPart("type", type)
                .post("/applications/{id}/materials", application)
                .then().statusCode(201).extract().jsonPath();
    }

    private List<String> eventTypes(UUID application) {
        return Applications.announced(kafka, record -> application.toString().equals(record.key())).stream()
                .map(record -> KafkaTestClient.header(record, "ce_type")).toList();
    }
}
