package org.jointacceptance.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.jointacceptance.infrastructure.tokens.SigningKey;
import org.jointacceptance.infrastructure.tokens.TokenIssuer;
import org.jointacceptance.infrastructure.tokens.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The whole system as the run command starts it: the packaged services as separate processes, real Kafka, real
 * PostgreSQL, real Keycloak. One joint acceptance is driven through REST alone, as a firm, the inspectors and the
 * applicant would, each signed in with a token of the realm.
 */
@ExtendWith(RunningSystem.class)
class JointAcceptanceSystemTest {

    private static final List<String> REQUIRED = Inspectors.REQUIRED;

    private static LocalStack stack;
    private static Inspectors departments;
    private static LeadCenter lead;

    @BeforeAll
    static void theSystem() {
        stack = RunningSystem.stack();
        departments = new Inspectors(stack);
        lead = new LeadCenter(stack);
    }

    @Test
    void every_department_passes_the_application_is_accepted_the_firm_told_and_a_citizen_verifies_the_opinion()
            throws Exception {
        String application = apply();
        String section = acceptance().get("/applications/{id}", application).then().statusCode(200)
                .extract().path("sections[0].id");

        // the lead center convenes one joint site visit; every department confirms it, and it is fixed and announced
        lead.proposesJointVisit(application, section, "2026-06-04", "09:30", "项目部会议室（北门）");
        for (String department : REQUIRED) {
            departments.confirmJointVisit(department, application, "2026-06-04");
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> acceptance().get("/applications/{id}", application)
                .then().statusCode(200).body("sections[0].jointVisit.fixedAt", notNullValue()));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(notificationSubjects(application))
                .contains("集中验收时间已确定：2026年6月4日 09:30，Haiwan Residences Phase II「Section 1: towers 1# and 2#」"));
        String fire = departments.awaitInspection("fire", application);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> departments.inspector("fire")
                .get("/inspections/{id}", fire).then().statusCode(200)
                .body("state", equalTo("SCHEDULED")).body("jointVisit.fixedAt", notNullValue()));

        departments.inspectAll(application, false);

        // every department concluded: the decision waits for the lead center's leader, who signs it
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> acceptance().get("/applications/{id}", application)
                .then().statusCode(200)
                .body("sections[0].status", equalTo("AWAITING_SIGNATURE"))
                .body("sections[0].decisions.size()", equalTo(0)));
        assertThat(lead.signs(application)).containsExactly("ACCEPTED");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> acceptance().get("/applications/{id}", application)
                .then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("sections[0].id", equalTo(section))
                .body("sections[0].decisions.size()", equalTo(1))
                .body("sections[0].decisions[0].decision", equalTo("ACCEPTED"))
                .body("sections[0].decisions[0].signedBy", equalTo("高健")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(notificationSubjects(application))
                .contains("分段验收通过：Haiwan Residences Phase II「Section 1: towers 1# and 2#」"));

        String opinion = acceptance().get("/applications/{id}", application).then().extract()
                .path("sections[0].opinion.number");
        String verificationLink;
        try (Browser firm = Browser.open(Browser.DESKTOP)) {
            firm.get(stack.portalUrl() + "/applications/" + application);
            firm.awaitUrl(stack.keycloak().url());
            firm.signIn("wang.li", stack.keycloak().secrets().samplePassword());
            firm.awaitUrl(stack.portalUrl() + "/applications/" + application);
            assertThat(firm.text()).contains("验收通过", "已提交").doesNotContain("未提交");
            firm.find(By.partialLinkText(opinion)).click();
            assertThat(firm.text()).contains("联合验收意见书", opinion, "扫码或访问以下网址核验本意见书");
            assertThat(firm.all(By.cssSelector(".verify svg"))).as("the QR code").hasSize(1);
            verificationLink = firm.find(By.cssSelector(".verify .digest")).getText();
        }
        assertThat(verificationLink).startsWith(stack.portalUrl() + "/verify/" + opinion + "?digest=");
        try (Browser citizen = Browser.open(Browser.PHONE)) {
            citizen.get(verificationLink);
            assertThat(citizen.find(By.cssSelector("[role=status]")).getText()).isEqualTo("核验通过：这份意见书与签发的一致。");
            assertThat(citizen.text()).contains(opinion, "Haiwan Residences Phase II", "Section 1: towers 1# and 2#");
            assertThat(citizen.accessibilityViolations()).isEmpty();
            citizen.screenshot("verification");

            citizen.get(stack.portalUrl() + "/verify/" + opinion + "?digest=" + "0".repeat(64));
            assertThat(citizen.find(By.cssSelector("[role=alert]")).getText()).startsWith("核验未通过");
            citizen.get(stack.portalUrl() + "/verify/" + opinion + "?digest=not-a-digest");
            assertThat(citizen.find(By.id("digest-problem")).getText()).startsWith("校验码应为");
            assertThat(citizen.accessibilityViolations()).isEmpty();
        }

        // the signed PDF the firm keeps verifies as a file; a copy with one character changed does not
        byte[] pdf = acceptance().accept("application/pdf").get("/opinions/{number}", opinion).then().statusCode(200)
                .extract().asByteArray();
        String latin = new String(pdf, StandardCharsets.ISO_8859_1);
        String otherNumber = opinion.substring(0, opinion.length() - 1) + (opinion.endsWith("9") ? "8" : "9");
        String altered = latin.replace("(" + opinion + ")", "(" + otherNumber + ")");
        assertThat(altered).isNotEqualTo(latin);
        Path kept = Files.createTempFile("opinion", ".pdf");
        Path changed = Files.createTempFile("opinion-altered", ".pdf");
        Files.write(kept, pdf);
        Files.write(changed, altered.getBytes(StandardCharsets.ISO_8859_1));
        try (Browser citizen = Browser.open(Browser.PHONE)) {
            assertThat(verifyFile(citizen, opinion, kept)).isEqualTo("核验通过：这份意见书与签发的一致。");
            assertThat(citizen.accessibilityViolations()).isEmpty();
            assertThat(verifyFile(citizen, opinion, changed)).startsWith("核验未通过：这份文件不是出具的签章PDF");
        } finally {
            Files.delete(kept);
            Files.delete(changed);
        }
    }

    @Test
    void a_project_is_accepted_section_by_section_in_two_applications_and_filed_once_after_the_last() throws Exception {
        String code = ExampleApplication.projectCode();
        String towers = ExampleApplication.SECTION;
        String kindergarten = "Section 2: kindergarten";
        Map<String, Object> attributes = JsonPath.from(ExampleApplication.forSection(stack.home(), code, towers))
                .getMap("project");
        String project = acceptance().contentType(ContentType.JSON).body(Map.of("firmName",
                "Dalian Haiwan Construction Co., Ltd.", "project", attributes, "sections", List.of(towers,
                        kindergarten))).post("/projects").then().statusCode(201).extract().path("id");

        String first = apply(ExampleApplication.forSection(stack.home(), code, towers));
        departments.inspectAll(first, false);
        assertThat(lead.signs(first)).containsExactly("ACCEPTED");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> acceptance().get("/projects/{id}", project)
                .then().statusCode(200).body("sections.standing", contains("ACCEPTED", "NOT_APPLIED"))
                .body("filing", nullValue()));

        // the kindergarten, finished later, is applied for on its own, from the project's page
        try (Browser firm = Browser.open(Browser.PHONE)) {
            firm.get(stack.portalUrl() + "/projects/" + project);
            firm.awaitUrl(stack.keycloak().url());
            firm.signIn("wang.li", stack.keycloak().secrets().samplePassword());
            firm.awaitUrl(stack.portalUrl() + "/projects/" + project);
            assertThat(firm.text()).contains("验收通过，可投入使用", "尚未申请", "全部 2 个分段验收通过后整体备案");
            firm.find(By.linkText("为尚未申请的 1 个分段申请验收")).click();
            assertThat(firm.find(By.id("project-code")).getAttribute("value")).isEqualTo(code);
            assertThat(firm.find(By.id("sections-0-name")).getAttribute("value")).isEqualTo(kindergarten);
            assertThat(firm.all(By.id("sections-1-name"))).isEmpty();
        }
        // the project is filed once it is accepted
        String second = apply(ExampleApplication.forSection(stack.home(), code, kindergarten));
        departments.inspectAll(second, false);
        assertThat(lead.signs(second)).containsExactly("ACCEPTED");
        String filing = await().atMost(Duration.ofSeconds(60)).until(() -> acceptance().get("/projects/{id}", project)
                .then().statusCode(200).extract().<String>path("filing.number"), number -> number != null);
        acceptance().get("/projects/{id}", project).then().body("applications.id", contains(first, second))
                .body("filing.sections.section", contains(towers, kindergarten));
        acceptance().contentType(ContentType.JSON).body(Map.of("name", "Section 3: car park"))
                .post("/projects/{id}/sections", project).then().statusCode(409);

        try (Browser firm = Browser.open(Browser.PHONE)) {
            firm.get(stack.portalUrl() + "/projects/" + project);
            firm.awaitUrl(stack.keycloak().url());
            firm.signIn("wang.li", stack.keycloak().secrets().samplePassword());
            firm.awaitUrl(stack.portalUrl() + "/projects/" + project);
            assertThat(firm.text()).contains("Haiwan Residences Phase II", code, towers, kindergarten, "整体备案",
                    "备案编号 " + filing, "验收通过，可投入使用").doesNotContain("增报分段");
            assertThat(firm.accessibilityViolations()).isEmpty();
            firm.screenshot("project");
            firm.find(By.linkText("查看备案证明")).click();
            assertThat(firm.text()).contains(filing, towers, kindergarten);
        }
    }

    /** What the public verification page says of the PDF file at {@code path}, chosen on its form. */
    private static String verifyFile(Browser citizen, String opinion, Path path) {
        citizen.get(stack.portalUrl() + "/verify");
        citizen.find(By.id("file-number")).sendKeys(opinion);
        citizen.find(By.id("file")).sendKeys(path.toAbsolutePath().toString());
        citizen.find(By.cssSelector("form[action='/verify/file'] button")).click();
        return citizen.find(By.cssSelector(".verdict")).getText();
    }

    @Test
    void one_failing_department_makes_the_decision_rectification_required_naming_its_findings() throws Exception {
        String application = apply();
        departments.inspectAll(application, true);
        assertThat(lead.signs(application)).containsExactly("RECTIFICATION_REQUIRED");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> acceptance().get("/applications/{id}", application)
                .then().statusCode(200)
                .body("status", equalTo("RECTIFICATION_REQUIRED"))
                .body("sections[0].decisions[0].decision", equalTo("RECTIFICATION_REQUIRED"))
                .body("sections[0].decisions[0].findings.department", equalTo(List.of("fire")))
                .body("sections[0].decisions[0].findings.description",
                        hasItem(Inspectors.FIRE_FINDING)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(notificationSubjects(application))
                .contains("整改通知：Haiwan Residences Phase II「Section 1: towers 1# and 2#」"));
    }

    @Test
    void each_department_sees_only_its_own_inspections() throws Exception {
        String application = apply();
        for (String department : REQUIRED) {
            departments.awaitInspection(department, application);
            departments.inspector(department).get("/inspections?applicationId={id}", application)
                    .then().statusCode(200).body("department", equalTo(List.of(department)));
        }
        departments.inspector("civil-air-defense").get("/inspections?applicationId={id}", application)
                .then().statusCode(200).body("size()", equalTo(0));

        String fire = departments.awaitInspection("fire", application);
        String planning = departments.awaitInspection("planning", application);
        departments.inspector("fire").get("/inspections/{id}/checklist", fire).then().statusCode(200)
                .body("templates[0].template", equalTo("fire-filing"));
        departments.inspector("planning").get("/inspections/{id}/checklist", planning).then().statusCode(200)
                .body("templates[0].template", equalTo("planning"));
        departments.inspector("planning").get("/inspections/{id}", fire).then().statusCode(404);
        departments.inspector("fire").get("/inspections/{id}", planning).then().statusCode(404);
        given().baseUri(departments.departmentUrl("planning"))
                .auth().oauth2(stack.token(SampleUsers.lead(Inspectors.department("planning"))))
                .contentType(ContentType.JSON).body(Map.of("inspector", "planning-inspector"))
                .post("/inspections/{id}/assignment", fire).then().statusCode(404);

        // fire reads the firm's materials from acceptance-service with the inspector's own token, digest checked
        String sha256 = departments.inspector("fire").get("/inspections/{id}/materials", fire).then().statusCode(200)
                .extract().path("[0].sha256");
        byte[] material = departments.inspector("fire").get("/inspections/{id}/materials/{sha}", fire, sha256).then()
                .statusCode(200).extract().asByteArray();
        assertThat(material)
                .isEqualTo(Files.readAllBytes(stack.home().resolve("docs/examples/testing-report-extract.pdf")));
    }

    /** The firm prepares the example application, uploads every material the window requires, and submits it. */
    private static String apply() throws Exception {
        return apply(ExampleApplication.by(stack.home(), SampleUsers.APPLICANT));
    }

    /** The firm prepares the application {@code body}, uploads every material the window requires, and submits it. */
    private static String apply(String body) throws Exception {
        JsonPath draft = acceptance().contentType(ContentType.JSON).body(body).post("/applications")
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract().jsonPath();
        String application = draft.getString("id");
        Path report = stack.home().resolve("docs/examples/testing-report-extract.pdf");
        for (String type : draft.getList("requiredMaterials.type", String.class)) {
            acceptance().multiPart("file", report.toFile(), "application/pdf").multiPart("type", type)
                    .post("/applications/{id}/materials", application).then().statusCode(201);
        }
        // nothing missing: the window's officer reviews the file, finds it in order, and the window accepts it
        acceptance().post("/applications/{id}/submission", application)
                .then().statusCode(200).body("status", equalTo("AWAITING_REVIEW")).body("reviewBy", equalTo("2026-06-02"));
        lead.confirmsReview(application);
        acceptance().get("/applications/{id}", application)
                .then().statusCode(200).body("status", equalTo("IN_INSPECTION"))
                .body("intakeOutcome", equalTo("ACCEPTED"))
                // Day 1 is Tuesday 2 June; the Dragon Boat Festival (19 June) is off: day 16 is Wednesday 24 June.
                .body("intakeAcceptedOn", equalTo("2026-06-01")).body("dueDate", equalTo("2026-06-24"));
        return application;
    }

    /** The subjects of the applicant's in-app notices, in Chinese: nobody chose another language. */
    private static List<String> notificationSubjects(String application) {
        JsonPath notifications = given().baseUri(stack.service("notification-service").baseUrl())
                .auth().oauth2(stack.token(SampleUsers.APPLICANT))
                .get("/notifications?applicationId={id}", application)
                .then().statusCode(200).extract().jsonPath();
        return notifications.getList("subject", String.class);
    }

    @Test
    void the_services_trust_the_tokens_of_the_realm_and_no_other() {
        JsonPath firm = claims(stack.token(SampleUsers.APPLICANT));
        assertThat(firm.getString("iss")).isEqualTo(stack.keycloak().issuer());
        assertThat(firm.getString("name")).isEqualTo("王丽");
        assertThat(firm.getString("credit_code")).isEqualTo("91210200MA0QC8K63J");
        assertThat(firm.getList("groups")).containsExactly("applicant");

        String newcomer = stack.token(User.inspector("zhao.min", "fire"));
        given().baseUri(departments.departmentUrl("fire")).auth().oauth2(newcomer).get("/inspections").then()
                .statusCode(200).body("department", everyItem(equalTo("fire")));
        String moved = stack.token(User.inspector("zhao.min", "planning"));
        assertThat(claims(moved).getString("department")).isEqualTo("planning");
        given().baseUri(departments.departmentUrl("planning")).auth().oauth2(moved).get("/inspections").then()
                .statusCode(200).body("department", everyItem(equalTo("planning")));

        String forged = new TokenIssuer(SigningKey.generate(), stack.keycloak().issuer())
                .issue(SampleUsers.COORDINATOR, Duration.ofMinutes(5));
        given().baseUri(stack.service("acceptance-service").baseUrl()).auth().oauth2(forged).get("/applications")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void the_departments_yield_the_machine_to_the_services_that_carry_a_result_on_to_its_decision() throws IOException {
        int departments = niceness(stack.department("fire").orElseThrow());
        assertThat(departments - niceness(stack.service("acceptance-service"))).isEqualTo(10);
        assertThat(departments - niceness(stack.service("notification-service"))).isEqualTo(10);
    }

    @Test
    void the_departments_outbox_relays_do_not_yield_for_every_event_waits_for_them() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "only the administrator may raise a thread's priority");
        ServiceProcess departments = stack.department("fire").orElseThrow();
        Map<String, Integer> threads = threadNiceness(departments);

        int others = niceness(stack.service("acceptance-service"));
        assertThat(threads).as("its event loop yields, as the rest").containsEntry("vert.x-eventloo", others + 10);
        Map<String, Integer> relays = threads.entrySet().stream()
                .filter(thread -> thread.getKey().startsWith("outbox-relay"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(relays).isNotEmpty().allSatisfy((relay, niceness) -> assertThat(niceness).as(relay)
                .isEqualTo(others));
    }

    /** The process's niceness in the machine's scheduler, as the kernel reports it. */
    private static int niceness(ServiceProcess service) throws IOException {
        return niceness(Files.readString(Path.of("/proc", Long.toString(service.pid()), "stat")));
    }

    /** Each thread's niceness, by its name as the kernel keeps it (its first 15 characters). */
    private static Map<String, Integer> threadNiceness(ServiceProcess service) throws IOException {
        Map<String, Integer> threads = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(service.pid()), "task"))) {
            for (Path task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (NoSuchFileException ended) {
                    continue;
                }
                threads.put(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')), niceness(stat));
            }
        }
        return threads;
    }

    /** The niceness in a process's or thread's {@code stat}. */
    private static int niceness(String stat) {
        return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
    }

    private static JsonPath claims(String token) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    /** acceptance-service, as the firm that applies. */
    private static RequestSpecification acceptance() {
        return given().baseUri(stack.service("acceptance-service").baseUrl())
                .auth().oauth2(stack.token(SampleUsers.APPLICANT));
    }
}
