package org.jointacceptance.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.jointacceptance.infrastructure.tokens.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The web portal in a real browser (headless Chromium), signed in through Keycloak's own login page, against the
 * whole running system: what a firm's clerk sees (applications, notices), in Chinese first and in English, on a
 * desktop and on a phone, and what another firm does not see. Every page passes axe-core without a serious or critical violation.
 */
@ExtendWith(RunningSystem.class)
class PortalTest {

    private static final String ACCEPTANCE = "acceptance-service";
    private static final String PROJECT = "Haiwan Residences Phase II";
    private static final String ADDRESS = "88 Renmin Road, Zhongshan District, Dalian";
    /** What the firm types in Chinese in the browser test of its application, from the form to the rectification. */
    private static final String[] TYPED_IN_CHINESE = { "海湾花园三期", "一标段：5#、6#楼", "5#、6#", "大连海湾建设有限公司",
            "大连市中山区人民路88号", "地下车库消防设施已检测，检测报告附后。" };
    private static final User OTHER_FIRM = User.applicant("zhou.qiang", "91210202MA0Y5T2X1U");

    private static LocalStack stack;
    private static Inspectors departments;
    private static LeadCenter lead;

    @BeforeAll
    static void theSystem() {
        stack = RunningSystem.stack();
        departments = new Inspectors(stack);
        lead = new LeadCenter(stack);
    }

    /** A test that switched someone's pages to English also switched their notices: the next test reads Chinese again. */
    @AfterEach
    void noticesInChineseAgain() {
        for (User user : List.of(SampleUsers.APPLICANT, SampleUsers.COORDINATOR, SampleUsers.SUPERVISOR,
                SampleUsers.inspector(Inspectors.department("fire")))) {
            given().baseUri(stack.service("notification-service").baseUrl()).auth().oauth2(stack.token(user))
                    .contentType(ContentType.JSON).body("{\"language\":\"zh-CN\"}").put("/preferences/language")
                    .then().statusCode(200);
        }
    }

    /** Switches the page to English with the button in its header, and waits for the page in English. */
    private static void inEnglish(Browser browser) {
        browser.find(By.cssSelector("header button[lang=en]")).click();
        browser.find(By.cssSelector("html[lang=en]"));
    }

    @Test
    void a_firm_signs_in_sees_its_application_in_chinese_then_in_english_and_signing_out_ends_the_session()
            throws IOException {
        String application = submitted();
        try (Browser browser = Browser.open(Browser.DESKTOP)) {
            browser.get(portal("/"));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("竣工联合验收");
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("home");

            browser.find(By.linkText("登录")).click();
            browser.awaitUrl(stack.keycloak().url());
            browser.screenshot("sign-in");
            signIn(browser, "wang.li");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("我的申请");
            assertThat(browser.find(By.className("who")).getText()).isEqualTo("王丽");
            WebElement card = browser.find(By.xpath("//li[.//a[@href='/applications/" + application + "']]"));
            assertThat(card.getText()).as("what it waits for from whom, and how long is left")
                    .contains("（还剩16个工作日）", "正在等待：", "消防查验「Section 1: towers 1# and 2#」（第1轮），6月8日前");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("applications");

            browser.find(By.cssSelector("a[href='/applications/" + application + "']")).click();
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(PROJECT);
            assertThat(browser.text()).contains("查验中", "Section 1: towers 1# and 2#", "质量监督", "消防", "城建档案",
                    "2026年6月", "受理编号", "查询码", "申请材料", "竣工验收报告", "已提交");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("application");

            browser.awaitText(portal("/notices"), "申请已受理：" + PROJECT);
            WebElement notice = browser.find(By.xpath("//li[contains(@class,'unread')][.//h2[contains(.,'申请已受理')]]"));
            assertThat(browser.find(By.className("count")).getAttribute("aria-label")).endsWith("条未读");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("notices");
            String id = notice.getAttribute("id");
            notice.findElement(By.tagName("button")).click();
            browser.awaitNoClass(By.id(id), "unread");

            browser.get(portal("/applications/" + application));
            inEnglish(browser);
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(browser.url()).isEqualTo(portal("/applications/" + application));
            assertThat(browser.text()).contains("Being inspected", "Fire protection", "Back to my applications")
                    .doesNotContain("查验中", "消防");
            assertThat(browser.accessibilityViolations()).isEmpty();

            // the switch chose the firm's notices' language too: the next one is written in English, the earlier keep theirs
            submitted();
            browser.awaitText(portal("/notices"), "Application accepted: " + PROJECT);
            assertThat(browser.text()).contains("申请已受理：" + PROJECT, "earlier ones keep their language");

            browser.find(By.linkText("Sign out")).click();
            browser.awaitUrl(portal("/"));
            assertThat(browser.find(By.linkText("Sign in")).isDisplayed()).isTrue();
            browser.get(portal("/applications"));
            assertThat(browser.find(By.id("username")).isDisplayed())
                    .as("signed out at Keycloak too: the next page asks for the password again").isTrue();
        }
    }

    @Test
    void another_firm_sees_neither_the_application_in_its_list_nor_its_page() throws IOException {
        String application = draft();
        stack.token(OTHER_FIRM);
        try (Browser browser = Browser.open(Browser.DESKTOP)) {
            browser.get(portal("/applications"));
            signIn(browser, OTHER_FIRM.name());
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("我的申请");
            assertThat(browser.all(By.cssSelector("a[href='/applications/" + application + "']"))).isEmpty();

            browser.get(portal("/applications/" + application));
            assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).isEqualTo("找不到该申请，或您无权查看。");
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
    }

    @Test
    void on_a_phone_every_page_fits_the_screen() throws IOException {
        String application = draft();
        try (Browser browser = Browser.open(Browser.PHONE)) {
            browser.get(portal("/"));
            assertThat(browser.fitsTheWindow()).isTrue();
            browser.get(portal("/applications"));
            signIn(browser, "wang.li");
            assertThat(browser.fitsTheWindow()).isTrue();
            browser.get(portal("/applications/" + application));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(PROJECT);
            assertThat(browser.fitsTheWindow()).isTrue();
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("application-phone");
        }
    }

    @Test
    void anyone_with_the_intake_receipt_looks_up_the_progress_without_signing_in() throws IOException {
        String application = submitted();
        JsonPath receipt = firm().get("/applications/{id}", application).then().statusCode(200).extract().jsonPath();
        try (Browser citizen = Browser.open(Browser.PHONE)) {
            citizen.get(portal("/"));
            citizen.find(By.linkText("查询办理进度")).click();
            citizen.find(By.id("number")).sendKeys(receipt.getString("number"));
            citizen.find(By.id("code")).sendKeys(receipt.getString("lookupCode").toLowerCase());
            citizen.find(By.cssSelector("main button[type=submit]")).click();
            assertThat(citizen.find(By.tagName("dl")).getText()).contains(receipt.getString("number"), PROJECT,
                    "查验中", "2026年6月");
            assertThat(citizen.text()).doesNotContain("王丽", "Dalian Haiwan Construction");
            assertThat(citizen.fitsTheWindow()).isTrue();
            assertThat(citizen.accessibilityViolations()).isEmpty();
            citizen.screenshot("status");

            citizen.get(portal("/status?number=" + receipt.getString("number") + "&code=WRONG234"));
            assertThat(citizen.find(By.cssSelector("[role=alert]")).getText()).isEqualTo("受理编号和查询码不匹配，请核对受理回执。");
            citizen.get(portal("/status?number=DL-SQ-2026-999999&code=" + receipt.getString("lookupCode")));
            assertThat(citizen.find(By.cssSelector("[role=alert]")).getText())
                    .as("an unknown number looks like a wrong code").isEqualTo("受理编号和查询码不匹配，请核对受理回执。");
            assertThat(citizen.accessibilityViolations()).isEmpty();
        }
    }

    @Test
    void a_firm_applies_in_the_portal_from_the_form_to_the_opinion_and_the_filing_told_of_each_step_live() {
        String report = stack.home().resolve("docs/examples/testing-report-extract.pdf").toString();
        try (Browser firm = Browser.open(Browser.DESKTOP)) {
            firm.get(portal("/applications"));
            signIn(firm, "wang.li");
            firm.find(By.linkText("新建申请")).click();
            assertThat(firm.find(By.tagName("h1")).getText()).isEqualTo("新建申请");
            assertThat(firm.find(By.id("applicant-creditCode")).getAttribute("value"))
                    .as("the firm's own, from its sign-in").isEqualTo("91210200MA0QC8K63J");
            assertThat(firm.find(By.id("applicant-contactName")).getAttribute("value")).isEqualTo("王丽");
            type(firm, "applicant-name", "大连海湾建设有限公司");
            type(firm, "applicant-contactPhone", "0411-8888 0000");
            type(firm, "project-code", ExampleApplication.projectCode());
            type(firm, "project-name", "海湾花园三期");
            type(firm, "project-address", "大连市中山区人民路88号");
            type(firm, "project-district", "2102");
            assertThat(firm.script("return document.getElementById('project-district').validity.valid"))
                    .as("checked as it is typed").isEqualTo(false);
            type(firm, "project-district", "210202");
            type(firm, "project-use", "住宅");
            type(firm, "project-height", "54.6");
            type(firm, "project-floorsAboveGround", "18");
            type(firm, "project-floorsBelowGround", "2");
            type(firm, "project-grossFloorArea", "23500.5");
            new Select(firm.find(By.id("project-fireCategory"))).selectByValue("ORDINARY");
            type(firm, "sections-0-buildings", "5#、6#");
            type(firm, "sections-0-floorArea", "12000");
            // the section has no name, and the browser's own checks are off: acceptance-service names the field
            firm.script("document.querySelector('.application-form').noValidate = true");
            firm.find(By.cssSelector(".application-form button.button")).click();
            assertThat(firm.find(By.id("sections-0-name-problem")).getText()).as("in the page's language").isEqualTo("不能为空");
            assertThat(firm.find(By.id("sections-0-name")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(firm.find(By.id("project-name")).getAttribute("value")).isEqualTo("海湾花园三期");
            assertThat(ownWords(firm)).as("the form, in Chinese alone").doesNotContainPattern("[A-Za-z]");
            assertThat(firm.accessibilityViolations()).isEmpty();
            firm.screenshot("application-form");

            type(firm, "sections-0-name", "一标段：5#、6#楼");
            firm.find(By.cssSelector(".application-form button.button")).click();
            firm.awaitText(By.tagName("h1"), "海湾花园三期");
            String application = firm.url().replaceAll(".*/applications/([0-9a-f-]{36}).*", "$1");
            assertThat(firm.text()).contains("草稿", "一标段：5#、6#楼", "竣工验收报告", "未提交");

            // the draft is changed: a second section added, then removed again
            firm.find(By.linkText("修改草稿")).click();
            firm.find(By.cssSelector("button[value=add-section]")).click();
            assertThat(firm.find(By.id("sections-1-name")).getAttribute("value")).isEmpty();
            firm.find(By.cssSelector("button[value=remove-section-1]")).click();
            firm.awaitGone(By.id("sections-1-name"));
            type(firm, "sections-0-floorArea", "12500");
            firm.find(By.cssSelector(".application-form button.button")).click();
            firm.awaitText(By.tagName("h1"), "海湾花园三期");

            List<WebElement> rows = firm.all(By.cssSelector("tr[id^='material-']"));
            List<String> materials = rows.stream().map(row -> row.getAttribute("id").substring("material-".length()))
                    .toList();
            String owed = materials.stream().filter(type -> !firm.all(By.id("promise-" + type)).isEmpty())
                    .findFirst().orElseThrow();
            upload(firm, materials.get(0), report);
            firm.find(By.xpath("//button[.='提交申请']")).click();
            assertThat(firm.find(By.id("correction-title")).getText()).isEqualTo("补正材料通知");
            assertThat(firm.text()).contains("待补正材料", "关键材料，必须提交，不可容缺", "请提交，或选择承诺补交的日期");
            assertThat(ownWords(firm)).as("the correction notice, in Chinese alone").doesNotContainPattern("[A-Za-z]");
            assertThat(firm.accessibilityViolations()).isEmpty();
            firm.screenshot("correction-notice");

            materials.stream().skip(1).filter(type -> !type.equals(owed)).forEach(type -> upload(firm, type, report));
            Select promise = new Select(firm.find(By.id("promise-" + owed)));
            promise.selectByIndex(promise.getOptions().size() - 1);
            firm.find(By.xpath("//button[.='提交申请']")).click();
            assertThat(firm.find(By.id("awaiting-review")).getText()).startsWith("已提交，等待窗口形式审查");
            theWindowOfficerConfirmsInThePortal(application);
            firm.get(portal("/applications/" + application));
            assertThat(firm.find(By.cssSelector("#outcome [role=status]")).getText()).startsWith("已容缺受理");
            assertThat(firm.text()).contains("受理编号", "查验中", "容缺待补");

            departments.inspectAll(application, true);
            theLeadSignsInThePortal(application);
            firm.awaitText(By.id("live-notice"), "整改通知：海湾花园三期");
            assertThat(firm.find(By.className("count")).getText()).isNotEqualTo("0");

            firm.get(portal("/applications/" + application));
            String section = firm.find(By.cssSelector("form.rectification")).getAttribute("action")
                    .replaceAll(".*/sections/([0-9a-f-]{36})/rectification", "$1");
            assertThat(firm.text()).contains("整改通知", Inspectors.FIRE_FINDING);
            assertThat(ownWords(firm, Inspectors.FIRE_FINDING, Inspectors.FIRE_ACTION))
                    .as("the rectification notice, in Chinese alone but the inspector's words")
                    .doesNotContainPattern("[A-Za-z]");
            assertThat(firm.accessibilityViolations()).isEmpty();
            firm.script("document.querySelector('form.rectification').scrollIntoView()");
            firm.screenshot("rectification");
            type(firm, "answer-" + section + "-0", "地下车库消防设施已检测，检测报告附后。");
            firm.find(By.id("evidence-" + section + "-0")).sendKeys(report);
            firm.find(By.xpath("//button[.='提交整改回复']")).click();
            firm.awaitText(By.id("section-" + section + "-card"), "第2轮");

            String fire = departments.awaitInspection("fire", application);
            departments.markEveryItem("fire", fire, null);
            departments.submit("fire", fire, "PASSED");
            upload(firm, owed, report);
            assertThat(lead.signs(application)).containsExactly("ACCEPTED");
            firm.awaitText(portal("/applications/" + application), "验收通过");
            // the record of the application, newest first, in the page's words
            assertThat(firm.find(By.id("timeline")).getText()).contains("第2轮决定：验收通过", "第2轮的决定已签发", "消防第1轮查验结论：不通过",
                    "上传材料：整改证明材料", "提交整改，进入第2轮查验", "出具联合验收意见书", "容缺受理，办结期限");
            assertThat(ownWords(firm, Inspectors.FIRE_FINDING, Inspectors.FIRE_ACTION))
                    .as("the accepted application with its record, in Chinese alone but the inspector's words")
                    .doesNotContainPattern("[A-Za-z]");

            String opinion = firm.find(By.partialLinkText("联合验收意见书")).getText().replace("联合验收意见书", "").strip();
            String link = firm.find(By.linkText("下载签章PDF")).getAttribute("href");
            Object download = firm.asyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer().then(() => done(r.status + ' '"
                    + " + r.headers.get('Content-Disposition'))));",
                    link);
            assertThat(download).isEqualTo("200 attachment; filename=\"" + opinion + ".pdf\"");

            firm.find(By.partialLinkText("竣工验收备案")).click();
            assertThat(firm.find(By.tagName("h1")).getText()).isEqualTo("建设工程竣工验收备案证明");
            assertThat(firm.text()).contains("海湾花园三期", "一标段：5#、6#楼", opinion, "大连海湾建设有限公司");
            Object filingFile = firm.asyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer().then(() => done(r.status + ' '"
                    + " + r.headers.get('Content-Type'))));",
                    firm.find(By.linkText("下载签章PDF")).getAttribute("href"));
            assertThat(filingFile).isEqualTo("200 application/pdf");
            assertThat(ownWords(firm)).as("the filing, in Chinese alone").doesNotContainPattern("[A-Za-z]");
            assertThat(firm.accessibilityViolations()).isEmpty();
            firm.screenshot("filing");

            for (String page : List.of("/", "/applications", "/notices", "/status", "/verify")) {
                firm.get(portal(page));
                assertThat(ownWords(firm, PROJECT, "Section 1: towers 1# and 2#")).as("%s in Chinese alone, but what "
                        + "the firm typed in its other applications", page).doesNotContainPattern("[A-Za-z]");
            }

            // the same pages in English say nothing in Chinese of their own: only what the firm typed
            firm.get(portal("/applications/" + application + "/filing"));
            inEnglish(firm);
            String[] typed = TYPED_IN_CHINESE;
            assertThat(firm.find(By.tagName("h1")).getText()).isEqualTo("Certificate of completion acceptance filing");
            assertThat(firm.text()).as("dates as English readers write them").containsPattern("\\d{1,2} [A-Z][a-z]+ 20\\d\\d")
                    .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
            assertThat(ownWords(firm, typed)).as("the filing, in English alone").doesNotContainPattern("\\p{IsHan}");
            for (String page : List.of("/applications/" + application, "/applications", "/applications/new", "/",
                    "/notices", "/status", "/verify")) {
                firm.get(portal(page));
                assertThat(firm.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
                assertThat(ownWords(firm, typed)).as("%s in English alone", page).doesNotContainPattern("\\p{IsHan}");
            }
        }
    }

    /**
     * The words the page says itself: its text without the codes it shows as codes (numbers of applications, opinions
     * and filings, the lookup code, the credit code), the signed-in person's name and those of people on the record,
     * the notices (each written once, in
     * the language its reader chose for notices) and the deliveries' subjects, addresses and errors (as the other
     * side said them), the names of file formats and of the other language, and what people typed ({@code supplied}).
     */
    private static String ownWords(Browser browser, String... supplied) {
        String text = browser.text();
        for (WebElement code : browser.all(By.cssSelector(
                ".code, .who, .person, button[lang], .notices h2, .notices .body, .deliveries .subject, .address, .error"))) {
            text = text.replace(code.getText(), "");
        }
        for (String piece : supplied) {
            text = text.replace(piece, "");
        }
        for (String term : List.of("English", "PDF", "JPEG", "PNG", "CSV", "SHA-256", SampleUsers.APPLICANT.creditCode())) {
            text = text.replace(term, "");
        }
        return text.replaceAll("DL-[A-Z]+-\\d{4}-\\d{6}", "");
    }

    /**
     * The window's officer (a coordinator) finds the submitted application on the board, reviews its materials on its
     * page and confirms it in one step.
     */
    private static void theWindowOfficerConfirmsInThePortal(String application) {
        try (Browser officer = Browser.open(Browser.DESKTOP)) {
            officer.get(portal("/board?status=AWAITING_REVIEW"));
            signIn(officer, SampleUsers.COORDINATOR.name(), "/board?status=AWAITING_REVIEW");
            officer.find(By.cssSelector("#application-" + application + " h2 a")).click();
            officer.awaitText(By.id("review-title"), "形式审查");
            assertThat(officer.find(By.id("review")).getText()).contains("确认受理", "退回补正", "竣工验收报告");
            assertThat(officer.accessibilityViolations()).isEmpty();
            officer.script("document.getElementById('review').scrollIntoView()");
            officer.screenshot("window-review");
            officer.find(By.xpath("//form[@id='review-confirmation']//button")).click();
            officer.awaitText(By.id("timeline"), "窗口形式审查无误");
            assertThat(officer.all(By.id("review"))).as("reviewed: nothing left to review").isEmpty();
        }
    }

    /**
     * The lead center's leader signs in and finds the application's decision in the queue, with the finding and each
     * department's conclusion, and signs it.
     */
    private static void theLeadSignsInThePortal(String application) {
        try (Browser leader = Browser.open(Browser.DESKTOP)) {
            leader.get(portal("/signatures"));
            signIn(leader, SampleUsers.LEAD_CENTER.name(), "/signatures");
            leader.awaitText(portal("/signatures"), "海湾花园三期");
            WebElement card = leader.find(By.xpath("//li[contains(@class,'card')][.//a[@href='/applications/"
                    + application + "']]"));
            assertThat(card.getText()).contains("一标段：5#、6#楼", "第1轮", "需整改", Inspectors.FIRE_FINDING, "消防",
                    "不通过", "通过");
            assertThat(card.getText().replace(Inspectors.FIRE_FINDING, "").replace(Inspectors.FIRE_ACTION, "")
                    .replaceAll("DL-[A-Z]+-\\d{4}-\\d{6}", "")).as("in Chinese alone but the inspector's words")
                    .doesNotContainPattern("[A-Za-z]");
            assertThat(leader.accessibilityViolations()).isEmpty();
            leader.script("arguments[0].scrollIntoView()", card);
            leader.screenshot("signatures");
            card.findElement(By.xpath(".//button[.='签发：需整改']")).click();
            leader.awaitText(By.id("signed"), "已签发：海湾花园三期「一标段：5#、6#楼」，需整改。");
            assertThat(leader.all(By.xpath("//li[contains(@class,'card')][.//a[@href='/applications/" + application
                    + "']]"))).as("signed: no longer in the queue").isEmpty();
        }
    }

    /** Chooses the file for one material; the page's script uploads it, then shows the page again. */
    private static void upload(Browser firm, String type, String file) {
        firm.find(By.id("file-" + type)).sendKeys(file);
        firm.awaitText(By.id("material-" + type), "已提交");
    }

    /** Types {@code text} into the field, in place of what it held. */
    private static void type(Browser browser, String field, String text) {
        WebElement input = browser.find(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    /** Signs in on Keycloak's page with the sample users' password, and waits to be back on the portal. */
    private static void signIn(Browser browser, String username) {
        signIn(browser, username, "/applications");
    }

    /** Signs in on Keycloak's page, which leads back to {@code page}. */
    private static void signIn(Browser browser, String username, String page) {
        browser.awaitUrl(stack.keycloak().url());
        browser.signIn(username, stack.keycloak().secrets().samplePassword());
        browser.awaitUrl(portal(page));
    }

    @Test
    void the_leader_returns_a_decision_to_fire_with_a_question_which_its_inspector_answers_on_a_phone()
            throws IOException {
        String application = submitted();
        departments.inspectAll(application, false);
        String question = "地下车库的喷淋系统是否已现场试水？";
        try (Browser leader = Browser.open(Browser.DESKTOP)) {
            leader.get(portal("/signatures"));
            signIn(leader, SampleUsers.LEAD_CENTER.name(), "/signatures");
            String card = "//li[contains(@class,'card')][.//a[@href='/applications/" + application + "']]";
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                leader.get(portal("/signatures"));
                return !leader.all(By.xpath(card)).isEmpty();
            });
            WebElement waiting = leader.find(By.xpath(card));
            waiting.findElement(By.tagName("summary")).click();
            new Select(waiting.findElement(By.name("department"))).selectByVisibleText("消防");
            waiting.findElement(By.name("question")).sendKeys(question);
            assertThat(leader.accessibilityViolations()).isEmpty();
            waiting.findElement(By.xpath(".//button[.='退回并提问']")).click();
            leader.awaitText(By.id("signed"), "已退回提问");
            assertThat(leader.all(By.xpath(card))).as("out of the queue until answered").isEmpty();
        }
        String inspection = departments.inspector("fire").get("/inspections?applicationId={id}", application)
                .then().statusCode(200).extract().path("[0].id");
        User inspector = SampleUsers.inspector(Inspectors.department("fire"));
        try (Browser phone = Browser.open(Browser.PHONE)) {
            phone.get(portal("/inspections"));
            signIn(phone, inspector.name(), "/inspections");
            phone.awaitText(portal("/inspections"), "待答复提问");
            phone.find(By.cssSelector("#inspection-" + inspection + " h2 a")).click();
            phone.awaitText(By.id("question"), question);
            assertThat(phone.find(By.id("question")).getText()).contains("牵头单位的提问", "高健");
            assertThat(phone.accessibilityViolations()).isEmpty();
            assertThat(phone.fitsTheWindow()).isTrue();
            phone.find(By.id("answer")).sendKeys("已于5月28日现场试水，记录见查验证据。");
            phone.find(By.xpath("//section[@id='question']//button")).click();
            phone.awaitGone(By.id("question"));
        }
        assertThat(lead.signs(application)).containsExactly("ACCEPTED");
        firm().get("/applications/{id}/timeline", application).then().statusCode(200)
                .body("action", org.hamcrest.Matchers.hasItems("DECISION_QUESTIONED", "QUESTION_ANSWERED",
                        "DECISION_SIGNED"));
    }

    @Test
    void the_leader_reopens_a_round_on_fires_late_failure_and_the_withdrawn_opinion_says_so() throws IOException {
        String application = submitted();
        departments.inspectAll(application, false);
        assertThat(lead.signs(application)).containsExactly("ACCEPTED");
        JsonPath accepted = await().atMost(Duration.ofSeconds(60)).until(() -> firm().get("/applications/{id}",
                application).then().statusCode(200).extract().jsonPath(),
                view -> view.getString("sections[0].opinion.number") != null);
        String opinion = accepted.getString("sections[0].opinion.number");
        String digest = accepted.getString("sections[0].opinion.digest");

        departments.fireCorrectsToFailed(application, "复核发现检测报告未覆盖地下车库");
        String card = "//li[contains(@class,'card')][starts-with(@id,'late-correction-')][.//a[@href='/applications/"
                + application + "']]";
        try (Browser leader = Browser.open(Browser.DESKTOP)) {
            leader.get(portal("/signatures"));
            signIn(leader, SampleUsers.LEAD_CENTER.name(), "/signatures");
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                leader.get(portal("/signatures"));
                return !leader.all(By.xpath(card)).isEmpty();
            });
            WebElement late = leader.find(By.xpath(card));
            assertThat(late.getText()).contains("消防", "验收通过", "不通过",
                    "复核发现检测报告未覆盖地下车库", Inspectors.FIRE_FINDING);
            assertThat(leader.accessibilityViolations()).isEmpty();
            late.findElement(By.name("reason")).sendKeys("消防结论更正为不通过，撤回验收通过的决定");
            late.findElement(By.xpath(".//button[.='据此重新开放本轮']")).click();
            leader.awaitText(By.id("signed"), "已据更正重新开放");
            assertThat(leader.find(By.id("signed")).getText()).as("the round's new decision goes to the queue")
                    .contains("待签发");
            assertThat(leader.all(By.xpath(card))).as("settled").isEmpty();
        }
        assertThat(lead.signs(application)).containsExactly("RECTIFICATION_REQUIRED");
        firm().get("/applications/{id}", application).then().statusCode(200)
                .body("status", equalTo("RECTIFICATION_REQUIRED")).body("sections[0].opinion", nullValue());
        try (Browser citizen = Browser.open(Browser.PHONE)) {
            citizen.get(portal("/verify/" + opinion + "?digest=" + digest));
            assertThat(citizen.find(By.cssSelector("[role=alert]")).getText()).contains("已于", "撤回",
                    "不再证明该分段验收通过");
            assertThat(citizen.accessibilityViolations()).isEmpty();
        }
    }

    @Test
    void a_coordinator_convenes_a_joint_site_visit_fire_asks_on_a_phone_for_another_slot_and_all_confirm_the_next()
            throws IOException {
        String application = submitted();
        String section = firm().get("/applications/{id}", application).then().extract().path("sections[0].id");
        String slot = "joint-visit-" + section + "-slot";
        try (Browser coordinator = Browser.open(Browser.DESKTOP)) {
            coordinator.get(portal("/applications/" + application));
            signIn(coordinator, SampleUsers.COORDINATOR.name(), "/applications/" + application);
            // the services' clock starts on Monday 1 June 2026: Saturday the 6th is refused
            proposeJointVisit(coordinator, section, "2026-06-06", "项目部会议室（北门）");
            assertThat(coordinator.find(By.id("joint-visit-" + section + "-problem")).getText())
                    .contains("2026年6月6日不是工作日");
            proposeJointVisit(coordinator, section, "2026-06-03", "项目部会议室（北门）");
            coordinator.awaitText(By.id(slot), "待各部门确认");
            assertThat(coordinator.find(By.id(slot)).getText()).contains("6月3日（周三） 09:30", "项目部会议室（北门）",
                    "消防：待确认");
            assertThat(coordinator.accessibilityViolations()).isEmpty();
        }

        String inspection = departments.awaitInspection("fire", application);
        User inspector = SampleUsers.inspector(Inspectors.department("fire"));
        try (Browser phone = Browser.open(Browser.PHONE)) {
            phone.get(portal("/inspections"));
            signIn(phone, inspector.name(), "/inspections");
            phone.awaitText(portal("/inspections"), "集中验收待确认");
            phone.find(By.cssSelector("#inspection-" + inspection + " h2 a")).click();
            assertThat(phone.find(By.id("joint-visit")).getText()).contains("牵头单位提议的集中验收",
                    "6月3日（周三） 09:30", "项目部会议室（北门）");
            phone.find(By.xpath("//summary[.='另约时间']")).click();
            phone.script("document.getElementById('other-slot-date').value = arguments[0]", "2026-06-04");
            phone.script("document.getElementById('other-slot-time').value = arguments[0]", "14:00");
            type(phone, "other-slot-reason", "喷淋系统施工单位周四下午才能到场");
            assertThat(phone.accessibilityViolations()).isEmpty();
            assertThat(phone.fitsTheWindow()).isTrue();
            phone.find(By.xpath("//button[.='另约时间']")).click();
            phone.awaitText(By.id("joint-visit"), "已请求改至6月4日（周四） 14:00");
        }

        try (Browser coordinator = Browser.open(Browser.DESKTOP)) {
            coordinator.get(portal("/applications/" + application));
            signIn(coordinator, SampleUsers.COORDINATOR.name(), "/applications/" + application);
            coordinator.awaitText(portal("/applications/" + application), "请求改至");
            assertThat(coordinator.find(By.id(slot)).getText())
                    .contains("消防：请求改至6月4日（周四） 14:00：喷淋系统施工单位周四下午才能到场");
            // the form offers the slot fire asked for, and its reason
            WebElement form = coordinator.find(By.id("joint-visit-" + section));
            assertThat(form.findElement(By.name("date")).getAttribute("value")).isEqualTo("2026-06-04");
            assertThat(form.findElement(By.name("time")).getAttribute("value")).isEqualTo("14:00");
            form.findElement(By.xpath(".//button[.='另行提议时间']")).click();
            coordinator.awaitText(By.id(slot), "消防：待确认");
            assertThat(coordinator.find(By.id(slot)).getText()).contains("6月4日（周四） 14:00");

            for (String department : Inspectors.REQUIRED) {
                departments.confirmJointVisit(department, application, "2026-06-04");
            }
            coordinator.awaitText(portal("/applications/" + application), "已确定");
            assertThat(coordinator.find(By.id(slot)).getText()).contains("消防：已确认", "质量监督：已确认");
            assertThat(coordinator.accessibilityViolations()).isEmpty();
            coordinator.script("document.getElementById(arguments[0]).scrollIntoView()", slot);
            coordinator.screenshot("joint-visit");
        }
        departments.inspector("fire").get("/inspections/{id}", inspection).then().statusCode(200)
                .body("state", equalTo("SCHEDULED")).body("jointVisit.date", equalTo("2026-06-04"));
        firm().get("/applications/{id}/timeline", application).then().statusCode(200)
                .body("action", org.hamcrest.Matchers.hasItems("JOINT_VISIT_PROPOSED", "JOINT_VISIT_OTHER_SLOT_ASKED",
                        "JOINT_VISIT_CONFIRMED", "JOINT_VISIT_FIXED"));
    }

    /** Proposes the section's joint site visit on {@code date} at 09:30 from the application's page. */
    private static void proposeJointVisit(Browser coordinator, String section, String date, String meetingPoint) {
        coordinator.script("document.getElementById(arguments[0]).value = arguments[1]", "joint-visit-date-" + section,
                date);
        type(coordinator, "joint-visit-place-" + section, meetingPoint);
        coordinator.find(By.xpath("//form[@id='joint-visit-" + section + "']//button")).click();
    }

    @Test
    void an_inspector_on_a_phone_marks_the_checklist_fails_an_item_with_a_photo_and_the_section_awaits_rectification()
            throws IOException {
        String application = submitted();
        for (String department : Inspectors.REQUIRED) {
            if (!department.equals("fire")) {
                String inspection = departments.awaitInspection(department, application);
                departments.markEveryItem(department, inspection, null);
                departments.submit(department, inspection, "PASSED");
            }
        }
        String inspection = departments.awaitInspection("fire", application);
        User inspector = SampleUsers.inspector(Inspectors.department("fire"));
        stack.token(inspector);
        Path photo = photo();
        try (Browser phone = Browser.open(Browser.PHONE)) {
            phone.get(portal("/inspections"));
            signIn(phone, inspector.name(), "/inspections");
            assertThat(phone.find(By.tagName("h1")).getText()).isEqualTo("查验任务");
            WebElement card = phone.find(By.id("inspection-" + inspection));
            assertThat(card.getText()).contains(PROJECT, "第1轮", "工作日", "尚未分派");
            assertThat(phone.fitsTheWindow()).as("the inbox on a phone").isTrue();
            assertThat(ownWords(phone, PROJECT, "Section 1: towers 1# and 2#")).as("the inbox, in Chinese alone")
                    .doesNotContainPattern("[A-Za-z]");
            assertThat(phone.accessibilityViolations()).isEmpty();
            phone.screenshot("inspections");

            card.findElement(By.xpath(".//button[.='由我承办']")).click();
            phone.awaitText(By.tagName("h1"), PROJECT);
            String page = phone.url();
            List<String> items = phone.all(By.cssSelector("form.item")).stream()
                    .map(form -> form.getAttribute("id").substring("item-".length())).toList();
            assertThat(items).contains(Inspectors.FIRE_TESTING_REPORT).hasSizeGreaterThan(2);
            String first = items.get(0).equals(Inspectors.FIRE_TESTING_REPORT) ? items.get(1) : items.get(0);
            mark(phone, first, photo);
            phone.find(By.xpath("//form[@id='item-" + first + "'][contains(@class,'marked')][not(contains(@class,'queued'))]"));

            // in the basement: every other item marked without signal waits on the phone, in order, and says so
            phone.signal(false);
            List<String> offline = items.stream().filter(item -> !item.equals(first)).toList();
            for (String item : offline) {
                mark(phone, item, photo);
                phone.find(By.xpath("//form[@id='item-" + item + "'][contains(@class,'queued')]"));
            }
            assertThat(phone.find(By.id("outbox")).getText()).isEqualTo(offline.size()
                    + "项记录尚未发送，有信号时将按记录的先后自动发送。");
            phone.find(By.xpath("//button[.='提交查验结论']")).click();
            phone.awaitText(By.id("outbox"), (offline.size() + 1) + "项记录尚未发送");
            assertThat(phone.find(By.id("outbox")).getText()).endsWith("查验结论将在以上记录全部发送后提交。");
            assertThat(phone.find(By.id("item-" + Inspectors.FIRE_TESTING_REPORT)).getText()).contains("尚未发送");
            assertThat(phone.fitsTheWindow()).as("the checklist on a phone").isTrue();
            assertThat(phone.text()).contains("保存此项", "提交查验结论");
            assertThat(checklistWords(phone, "地下车库未做消防设施检测", "补做地下车库消防设施检测并提交报告"))
                    .as("the checklist, in Chinese alone but standard numbers and units")
                    .doesNotContainPattern("[A-Za-z]");
            assertThat(phone.accessibilityViolations()).isEmpty();
            phone.script("document.getElementById('item-" + Inspectors.FIRE_TESTING_REPORT + "').scrollIntoView()");
            phone.screenshot("checklist");
            assertThat(markedAtTheDepartment(inspection)).as("nothing of it reached the department").containsExactly(first);

            // the page opened again without signal still shows what waits
            phone.get(page);
            phone.awaitText(By.id("outbox"), (offline.size() + 1) + "项记录尚未发送");

            // the signal returns: everything is sent in order, once, the result last; the items passed before the
            // failed one go together, up to 25 a request, the failed one with its photo alone, then those after it
            phone.signal(true);
            phone.awaitText(By.id("verdict"), "已提交查验结论：不通过");
            int failed = offline.indexOf(Inspectors.FIRE_TESTING_REPORT);
            assertThat(((Number) phone.script("return performance.getEntriesByType('resource').filter(function (sent) {"
                    + " return sent.initiatorType === 'fetch' && sent.responseStatus > 0"
                    + " && new URL(sent.name).pathname.indexOf('/items') > 0; }).length")).intValue())
                    .as("requests that sent the %d marks kept without signal", offline.size())
                    .isEqualTo(requestsFor(failed) + 1 + requestsFor(offline.size() - failed - 1));
            assertThat(phone.all(By.id("outbox"))).singleElement().matches(outbox -> !outbox.isDisplayed(),
                    "says nothing once everything is sent");
            assertThat(phone.find(By.id("item-" + Inspectors.FIRE_TESTING_REPORT)).getText()).contains("已附1张照片")
                    .doesNotContain("尚未发送");

            inEnglish(phone);
            assertThat(ownWords(phone, PROJECT, "地下车库未做消防设施检测", "补做地下车库消防设施检测并提交报告"))
                    .as("the checklist in English alone, but what the inspector typed").doesNotContainPattern("\\p{IsHan}");
            phone.get(portal("/inspections"));
            assertThat(ownWords(phone, TYPED_IN_CHINESE)).as("the inbox in English alone")
                    .doesNotContainPattern("\\p{IsHan}");
        }
        assertThat(markedAtTheDepartment(inspection)).containsExactlyInAnyOrderElementsOf(items(inspection));
        departments.inspector("fire").get("/inspections/{id}/evidence", inspection).then().statusCode(200)
                .body("size()", equalTo(1));
        assertThat(lead.signs(application)).containsExactly("RECTIFICATION_REQUIRED");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> firm().get("/applications/{id}", application)
                .then().statusCode(200).body("sections[0].status", equalTo("RECTIFICATION_REQUIRED"))
                .body("sections[0].decisions.size()", equalTo(1))
                .body("sections[0].decisions[0].findings.size()", equalTo(1))
                .body("sections[0].decisions[0].findings[0].description", equalTo("地下车库未做消防设施检测")));
    }

    @Test
    void a_supervisor_sees_where_departments_hold_applications_up_in_charts_each_with_its_table_and_csv()
            throws IOException {
        String application = submitted();
        departments.inspectAll(application, false);
        stack.token(SampleUsers.SUPERVISOR);
        try (Browser browser = Browser.open(Browser.DESKTOP)) {
            browser.get(portal("/statistics"));
            signIn(browser, SampleUsers.SUPERVISOR.name(), "/statistics");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("统计");
            for (String chart : List.of("rounds", "months", "backlog")) {
                WebElement figures = browser.find(By.cssSelector("section[aria-labelledby='" + chart + "-heading']"));
                assertThat(figures.findElements(By.cssSelector("svg[role=img] title"))).as("%s: a chart", chart)
                        .hasSize(1);
                assertThat(figures.findElement(By.tagName("table")).getText()).as("%s: its table", chart)
                        .contains("消防", "质量监督");
            }
            WebElement fire = browser.find(By.xpath("//table[@id='rounds-table']//tr[th='消防']"));
            assertThat(Integer.parseInt(fire.findElements(By.tagName("td")).get(1).getText()))
                    .as("rounds concluded by fire").isPositive();
            YearMonth thisMonth = YearMonth.from(RunningSystem.MONDAY_MORNING);
            assertThat(browser.find(By.id("months-table")).getText()).as("this month's rounds, by the services' clock")
                    .contains(thisMonth.getYear() + "年" + thisMonth.getMonthValue() + "月");
            assertThat(browser.find(By.id("rounds-chart-desc")).getAttribute("textContent")).contains("中位数");
            assertThat(ownWords(browser)).as("the statistics, in Chinese alone").doesNotContainPattern("[A-Za-z]");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("statistics");

            String csv = (String) browser.asyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                    + " + r.headers.get('Content-Type') + ' ' + r.headers.get('Content-Disposition') + '\\n'"
                    + " + new Uint8Array(b).slice(0, 3).join(' ') + '\\n' + new TextDecoder().decode(b))));",
                    browser.find(By.cssSelector("section[aria-labelledby='rounds-heading'] a.download"))
                            .getAttribute("href"));
            List<String> lines = csv.lines().toList();

            // a district where nothing was applied for: no department's rounds in it
            browser.find(By.id("district")).sendKeys("210214");
            browser.find(By.cssSelector("form.filters button")).click();
            browser.awaitUrl(portal("/statistics?"));
            browser.awaitText(By.cssSelector("section[aria-labelledby='rounds-heading']"), "还没有数据。");
            assertThat(browser.find(By.id("district")).getAttribute("value")).isEqualTo("210214");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.get(portal("/statistics"));
            inEnglish(browser);
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Statistics");
            assertThat(browser.find(By.id("rounds-table")).getText()).contains("Fire protection", "Median");
            assertThat(ownWords(browser)).as("the statistics in English alone").doesNotContainPattern("\\p{IsHan}");
            assertThat(lines.get(0)).matches("200 text/csv; ?charset=UTF-8 attachment; filename=\"rounds.csv\"");
            assertThat(lines.get(1)).as("a byte order mark, for spreadsheets to read it as UTF-8").isEqualTo("239 187 191");
            assertThat(lines.get(2)).as("the table's header").isEqualTo(
                    "部门,排名,已办结轮次,中位数,90分位数,按时办结率,超期轮次,超出时限工作日,在办,已逾期");
            assertThat(lines.subList(3, lines.size())).as("a line per row of the table")
                    .hasSize(browser.all(By.cssSelector("#rounds-table tbody tr")).size())
                    .anyMatch(line -> line.matches("消防,\\d+,[1-9]\\d*,.*"));
        }
    }

    @Test
    void a_coordinator_previews_the_state_councils_notice_as_pasted_and_loads_it() throws IOException {
        String notice = Files.readString(stack.home().resolve("docs/examples/notice-2027-drill.txt"));
        stack.token(SampleUsers.COORDINATOR);
        try (Browser browser = Browser.open(Browser.DESKTOP)) {
            browser.get(portal("/calendar"));
            signIn(browser, SampleUsers.COORDINATOR.name(), "/calendar");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("节假日安排");
            assertThat(browser.find(By.id("year-2026")).getText()).contains("2026年", "国庆节", "调休上班日");
            assertThat(browser.all(By.id("year-2027"))).as("not loaded yet").isEmpty();

            // a notice the calendar cannot read is named where it was pasted, in the page's language
            type(browser, "year", "2027");
            type(browser, "notice", "一、植树节：3月12日放假。");
            browser.find(By.xpath("//button[.='预览']")).click();
            assertThat(browser.find(By.id("notice-problem")).getText()).contains("第1行", "「植树节」不是法定节假日");

            type(browser, "notice", notice);
            browser.find(By.xpath("//button[.='预览']")).click();
            assertThat(browser.find(By.id("preview")).getText()).isEqualTo("2027年安排（版本 2027.1）");
            assertThat(browser.find(By.id("preview-holidays")).getText()).contains("元旦", "春节", "国庆节",
                    "2月5日（周五） – 2月12日（周五）");
            assertThat(browser.text()).contains("共放假28天", "调休上班日：1月9日（周六）、2月20日（周六）");
            assertThat(ownWords(browser)).as("the preview, in Chinese alone").doesNotContainPattern("[A-Za-z]");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("calendar-preview");

            browser.find(By.xpath("//button[.='载入']")).click();
            assertThat(browser.find(By.id("loaded")).getText()).startsWith("已载入2027年的安排（版本 2027.1）");
            assertThat(browser.find(By.id("year-2027")).getAttribute("open")).as("the latest, open").isNotNull();
            assertThat(browser.find(By.id("year-2027")).getText()).contains("2027年", "端午节", "6月9日（周三）");
            assertThat(browser.accessibilityViolations()).isEmpty();

            inEnglish(browser);
            assertThat(browser.find(By.id("year-2027")).getText()).contains("Dragon Boat Festival", "9 June 2027 (Wed)");
            assertThat(ownWords(browser)).as("the calendar in English alone").doesNotContainPattern("\\p{IsHan}");
        }
        given().baseUri(stack.service(ACCEPTANCE).baseUrl()).auth().oauth2(stack.token(SampleUsers.COORDINATOR))
                .get("/calendar/days/2027-01-09").then().statusCode(200).body("workingDay", equalTo(true))
                .body("provisional", equalTo(false));
    }

    @Test
    void an_inspector_books_the_site_visit_on_a_working_day_and_runs_a_special_procedure() throws IOException {
        String application = submitted();
        String inspection = departments.awaitInspection("fire", application);
        User lead = SampleUsers.lead(Inspectors.department("fire"));
        User inspector = SampleUsers.inspector(Inspectors.department("fire"));
        stack.token(lead);
        try (Browser desk = Browser.open(Browser.DESKTOP)) {
            // the department's lead gives the inspection to the inspector
            desk.get(portal("/inspections/" + inspection));
            signIn(desk, lead.name(), "/inspections/" + inspection);
            assertThat(desk.find(By.id("assignee")).getText()).isEqualTo("尚未分派");
            desk.find(By.id("inspector")).sendKeys(" ");
            desk.find(By.xpath("//button[.='指派']")).click();
            assertThat(desk.find(By.id("assignment-problem")).getText()).isEqualTo("请填写查验人员。");
            desk.find(By.id("inspector")).sendKeys(inspector.name());
            desk.find(By.xpath("//button[.='指派']")).click();
            desk.awaitText(By.id("assignee"), inspector.name());
            assertThat(desk.accessibilityViolations()).isEmpty();
        }
        departments.inspector("fire").get("/inspections/{id}", inspection).then().statusCode(200)
                .body("assignee", equalTo(inspector.name()));
        try (Browser phone = Browser.open(Browser.PHONE)) {
            phone.get(portal("/inspections/" + inspection));
            signIn(phone, inspector.name(), "/inspections/" + inspection);
            assertThat(phone.find(By.id("visit-set")).getText()).isEqualTo("尚未约定现场查验的时间。");

            // the services' clock starts on Monday 1 June 2026: Saturday the 6th is refused, Thursday the 4th is not
            phone.script("document.getElementById('visit-date').value = arguments[0]", "2026-06-06");
            phone.find(By.xpath("//button[.='约定现场查验']")).click();
            assertThat(phone.find(By.id("visit-problem")).getText()).contains("2026年6月6日不是工作日");
            phone.script("document.getElementById('visit-date').value = arguments[0]", "2026-06-04");
            phone.find(By.xpath("//button[.='约定现场查验']")).click();
            phone.awaitText(By.id("visit-set"), "6月4日（周四） 09:30");

            phone.find(By.xpath("//summary[.='启动特别程序']")).click();
            new Select(phone.find(By.id("procedure-kind"))).selectByValue("TESTING");
            type(phone, "procedure-reason", "中庭排烟量须由检测机构实测");
            phone.find(By.xpath("//button[.='启动特别程序']")).click();
            assertThat(phone.find(By.cssSelector("#procedures li")).getText())
                    .contains("检验检测", "中庭排烟量须由检测机构实测", "期间办结期限暂停计算");
            assertThat(checklistWords(phone)).as("the site visit and special procedure, in Chinese alone")
                    .doesNotContainPattern("[A-Za-z]");
            assertThat(phone.accessibilityViolations()).isEmpty();
            phone.script("document.getElementById('visit').scrollIntoView()");
            phone.screenshot("site-visit");

            phone.find(By.cssSelector("#procedures textarea[name=outcome]")).sendKeys("实测排烟量满足设计要求");
            phone.find(By.xpath("//button[.='结束特别程序']")).click();
            phone.awaitText(By.cssSelector("#procedures li"), "暂停了");
            assertThat(phone.find(By.cssSelector("#procedures li")).getText()).contains("实测排烟量满足设计要求");
        }
        departments.inspector("fire").get("/inspections/{id}/special-procedures", inspection).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].open", equalTo(false)).body("[0].kind", equalTo("TESTING"));
    }

    @Test
    void a_coordinator_adds_a_department_to_a_section_and_terminates_the_application_each_with_its_reason()
            throws IOException {
        String application = submitted();
        try (Browser browser = Browser.open(Browser.DESKTOP)) {
            browser.get(portal("/applications/" + application));
            signIn(browser, SampleUsers.COORDINATOR.name(), "/applications/" + application);
            WebElement routing = browser.find(By.cssSelector("form[id^='routing-']"));
            assertThat(browser.find(By.cssSelector("section[id$='-card']")).getText()).doesNotContain("人防");
            new Select(routing.findElement(By.name("department"))).selectByValue("civil-air-defense");
            routing.findElement(By.name("reason")).sendKeys("地下室已改建为人防工程");
            routing.findElement(By.xpath(".//button[.='确认调整']")).click();
            browser.awaitText(By.cssSelector("section[id$='-card']"), "人防");
            // the record says it in the page's words, newest first, the reason as the coordinator gave it
            assertThat(browser.find(By.cssSelector("#timeline li")).getText()).contains("协调员 · liu.yang",
                    "增加查验部门：人防", "地下室已改建为人防工程");
            assertThat(browser.find(By.id("timeline")).getText()).contains("请消防查验（第1轮）", "受理，办结期限2026年6月24日",
                    "上传材料：", "填写申请", "受理窗口", "建设单位");
            assertThat(ownWords(browser, PROJECT, "Section 1: towers 1# and 2#", ADDRESS, "Dalian Haiwan Construction"))
                    .as("the coordinator's application page, in Chinese alone")
                    .doesNotContainPattern("[A-Za-z]");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.script("document.getElementById('coordination').scrollIntoView()");
            browser.screenshot("coordination");

            browser.find(By.id("termination-reason")).sendKeys("建设单位书面撤回申请");
            browser.find(By.xpath("//button[.='终止申请']")).click();
            browser.awaitText(By.className("facts"), "已终止");
            assertThat(browser.all(By.id("termination"))).as("nothing left to terminate").isEmpty();
            assertThat(browser.find(By.cssSelector("#timeline li")).getText()).contains("终止办理", "建设单位书面撤回申请");
            browser.script("document.getElementById('timeline').scrollIntoView()");
            browser.screenshot("record");

            inEnglish(browser);
            assertThat(browser.find(By.id("timeline")).getText()).contains("Coordinator · liu.yang", "Terminated",
                    "Department added: Civil air defense", "Fire protection asked to inspect (round 1) by 8 June 2026",
                    "地下室已改建为人防工程");
            assertThat(ownWords(browser, "地下室已改建为人防工程", "建设单位书面撤回申请"))
                    .as("the application page in English alone, but the reasons the coordinator typed")
                    .doesNotContainPattern("\\p{IsHan}");
        }
        firm().get("/applications/{id}", application).then().statusCode(200).body("status", equalTo("TERMINATED"))
                .body("sections[0].inspections.department", org.hamcrest.Matchers.hasItem("civil-air-defense"));
    }

    @Test
    void a_coordinator_reopens_a_rejected_section_with_its_reason_and_the_firm_is_to_rectify_it() throws IOException {
        String application = submitted();
        departments.inspectAll(application, true, false); // fire finds what cannot be rectified: the section is rejected
        assertThat(lead.signs(application)).containsExactly("REJECTED");
        try (Browser browser = Browser.open(Browser.DESKTOP)) {
            browser.get(portal("/applications/" + application));
            signIn(browser, SampleUsers.COORDINATOR.name(), "/applications/" + application);
            browser.awaitText(portal("/applications/" + application), "验收不通过");
            WebElement reopening = browser.find(By.cssSelector("form[id^='reopening-']"));
            reopening.findElement(By.name("reason")).sendKeys("复议成立：消防设计变更已获批准");
            reopening.findElement(By.xpath(".//button[.='重新开放']")).click();
            browser.awaitText(By.cssSelector("section[id$='-card']"), "需整改");
            assertThat(browser.find(By.cssSelector("#timeline li")).getText()).contains("协调员 · liu.yang",
                    "第1轮的决定重新开放，再给一轮整改", "复议成立：消防设计变更已获批准");
            assertThat(browser.all(By.cssSelector("form[id^='reopening-']"))).as("nothing left to reopen").isEmpty();
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
        firm().get("/applications/{id}", application).then().statusCode(200)
                .body("sections[0].status", equalTo("RECTIFICATION_REQUIRED"))
                .body("sections[0].rectifyBy", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void a_coordinator_puts_an_application_on_the_green_channel_and_it_comes_first_for_the_departments()
            throws IOException {
        String application = submitted();
        String inspection = departments.awaitInspection("fire", application);
        String reason = "市重点民生项目：儿童医院9月1日开诊";
        try (Browser browser = Browser.open(Browser.DESKTOP)) {
            browser.get(portal("/applications/" + application));
            signIn(browser, SampleUsers.COORDINATOR.name(), "/applications/" + application);
            WebElement form = browser.find(By.id("key-project"));
            form.findElement(By.name("reason")).sendKeys(reason);
            form.findElement(By.xpath(".//button[.='列入绿色通道（重点项目）']")).click();
            // the shorter limits may bring a deadline's yellow light on the record at once, newer than the marking
            assertThat(browser.find(By.xpath("//*[@id='timeline']//li[contains(., '列入绿色通道（重点项目）')]")).getText())
                    .contains("协调员 · liu.yang", reason);
            assertThat(browser.find(By.cssSelector("dd .key-project")).getText()).isEqualTo("重点项目");
            assertThat(browser.all(By.id("key-project"))).as("marked once").isEmpty();
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.get(portal("/board"));
            By first = By.cssSelector("#board li.card");
            assertThat(browser.read(first, card -> card.getAttribute("id"))).as("first on the board")
                    .isEqualTo("application-" + application);
            assertThat(browser.read(first, card -> card.findElement(By.cssSelector(".key-project")).getText()))
                    .isEqualTo("重点项目");
            browser.screenshot("board-key-project");
        }
        firm().get("/applications/{id}", application).then().statusCode(200).body("keyProject", equalTo(true));

        User inspector = SampleUsers.inspector(Inspectors.department("fire"));
        stack.token(inspector);
        try (Browser phone = Browser.open(Browser.PHONE)) {
            phone.get(portal("/inspections"));
            signIn(phone, inspector.name(), "/inspections");
            phone.awaitText(portal("/inspections"), "重点项目");
            WebElement first = phone.find(By.cssSelector("ul.inbox li.card"));
            assertThat(first.getAttribute("id")).as("first in the fire inbox").isEqualTo("inspection-" + inspection);
            assertThat(phone.accessibilityViolations()).isEmpty();
        }
        String due = firm().get("/applications/{id}", application).then().extract()
                .path("sections[0].inspections.find { it.department == 'fire' }.dueDate");
        departments.inspector("fire").get("/inspections/{id}", inspection).then().statusCode(200)
                .body("keyProject", equalTo(true)).body("dueDate", equalTo(due));
    }

    /**
     * The words an inspection's page says itself ({@link #ownWords}), without the project's name, section and address
     * the firm typed, what the inspector typed ({@code typed}), and the standard numbers and units of the checklist.
     */
    private static String checklistWords(Browser phone, String... typed) {
        List<String> supplied = new java.util.ArrayList<>(List.of(PROJECT, "Section 1: towers 1# and 2#", ADDRESS));
        supplied.addAll(List.of(typed));
        return ownWords(phone, supplied.toArray(String[]::new)).replaceAll("GB(/T)? \\d+(\\.\\d+)*|TVOC|\\d+ ?m\\b", "");
    }

    @Test
    void marks_kept_without_signal_are_kept_when_the_department_refuses_one_of_them_which_says_why() throws IOException {
        String application = submitted();
        String inspection = departments.awaitInspection("fire", application);
        User inspector = SampleUsers.inspector(Inspectors.department("fire"));
        stack.token(inspector);
        String keyItem = "filing.form";
        String other = "filing.contractor";
        try (Browser phone = Browser.open(Browser.PHONE)) {
            phone.get(portal("/inspections"));
            signIn(phone, inspector.name(), "/inspections");
            phone.find(By.id("inspection-" + inspection)).findElement(By.xpath(".//button[.='由我承办']")).click();
            phone.awaitText(By.tagName("h1"), PROJECT);

            // without signal: a key item not applicable, without the note that needs, then another item passed
            phone.signal(false);
            WebElement form = phone.find(By.id("item-" + keyItem));
            form.findElement(By.cssSelector("input[value=NOT_APPLICABLE]")).click();
            form.findElement(By.xpath(".//button[.='保存此项']")).click();
            mark(phone, other, null);
            phone.awaitText(By.id("outbox"), "2项记录尚未发送");

            // the signal returns: the department refuses the two together, the passed item is kept all the same
            phone.signal(true);
            phone.awaitText(By.id("item-" + keyItem + "-problem"), "关键项");
            assertThat(phone.find(By.id("item-" + other)).getAttribute("class")).contains("mark-pass")
                    .doesNotContain("queued");
            assertThat(phone.all(By.id("outbox"))).singleElement().matches(outbox -> !outbox.isDisplayed(),
                    "says nothing once everything is sent");
            assertThat(phone.accessibilityViolations()).isEmpty();
        }
        assertThat(markedAtTheDepartment(inspection)).containsExactly(other);
    }

    /** Marks one item on the checklist page: the fire testing report failed with its finding and a photo, others passed. */
    private static void mark(Browser phone, String item, Path photo) {
        WebElement form = phone.find(By.id("item-" + item));
        if (item.equals(Inspectors.FIRE_TESTING_REPORT)) {
            form.findElement(By.cssSelector("input[value=FAIL]")).click();
            if (form.findElement(By.tagName("details")).getAttribute("open") == null) {
                form.findElement(By.tagName("summary")).click();
            }
            type(phone, "item-" + item + "-description", "地下车库未做消防设施检测");
            type(phone, "item-" + item + "-action", "补做地下车库消防设施检测并提交报告");
            phone.find(By.id("item-" + item + "-photo")).sendKeys(photo.toString());
        } else {
            form.findElement(By.cssSelector("input[value=PASS]")).click();
        }
        form.findElement(By.xpath(".//button[.='保存此项']")).click();
    }

    /** How many requests the phone's queue sends {@code passed} items passed one after another in. */
    private static int requestsFor(int passed) {
        return (passed + 24) / 25;
    }

    /** The items of the fire inspection's checklist the department has a mark for. */
    private static List<String> markedAtTheDepartment(String inspection) {
        return departments.inspector("fire").get("/inspections/{id}/checklist", inspection).then().statusCode(200)
                .extract().jsonPath().getList("checklist.findAll { it.mark != null }.code", String.class);
    }

    private static List<String> items(String inspection) {
        return departments.inspector("fire").get("/inspections/{id}/checklist", inspection).then().statusCode(200)
                .extract().jsonPath().getList("checklist.code", String.class);
    }

    @Test
    void a_coordinator_sees_every_open_application_on_the_board_most_urgent_first_and_filters_it() throws IOException {
        String application = submitted();
        stack.token(SampleUsers.COORDINATOR);
        try (Browser browser = Browser.open(Browser.DESKTOP)) {
            browser.get(portal("/board"));
            signIn(browser, SampleUsers.COORDINATOR.name(), "/board");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("看板");
            By card = By.id("application-" + application);
            assertThat(browser.read(card, each -> each.getAttribute("class"))).contains("light-green");
            assertThat(browser.read(card, WebElement::getText))
                    .contains(PROJECT, "查验中", "个工作日", "消防查验「Section 1: towers 1# and 2#」");
            assertThat(ownWords(browser, PROJECT, "Section 1: towers 1# and 2#")).as("the board, in Chinese alone")
                    .doesNotContainPattern("[A-Za-z]");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("board");

            new Select(browser.find(By.id("department"))).selectByValue("fire");
            browser.find(By.xpath("//button[.='筛选']")).click();
            browser.awaitUrl(portal("/board?"));
            assertThat(browser.url()).contains("department=fire");
            assertThat(browser.find(By.id("application-" + application)).isDisplayed()).isTrue();
            browser.get(portal("/board?overdue=true"));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("看板");
            assertThat(browser.all(By.id("application-" + application))).as("not overdue").isEmpty();

            browser.get(portal("/board"));
            inEnglish(browser);
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Board");
            assertThat(ownWords(browser, TYPED_IN_CHINESE))
                    .as("the board in English alone, but what firms typed").doesNotContainPattern("\\p{IsHan}");
        }
    }

    @Test
    void a_coordinator_watches_an_applications_light_turn_yellow_red_and_overdue_each_warning_once_across_a_restart()
            throws IOException {
        String application = submitted(); // accepted on Monday 1 June 2026: due on 24 June, each department on 8 June
        int departments = Inspectors.REQUIRED.size();
        By card = By.id("application-" + application);
        stack.token(SampleUsers.COORDINATOR);
        try (Browser browser = Browser.open(Browser.DESKTOP)) {
            browser.get(portal("/board"));
            signIn(browser, SampleUsers.COORDINATOR.name(), "/board");
            assertThat(browser.find(card).getAttribute("class")).contains("light-green");
            try {
                // acceptance-service's clock moves while it runs; the board is not opened again: it takes fresh
                // content as each warning reaches the coordinator
                moveClockTo("2026-06-22T09:00:00+08:00"); // two working days left; every department past its share
                browser.awaitClass(card, "light-yellow");
                browser.awaitText(card, "还剩2个工作日");
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(warnings(application))
                        .containsEntry("DEADLINE_YELLOW", 1L).containsEntry("DEADLINE_OVERDUE", (long) departments));

                moveClockTo("2026-06-24T09:00:00+08:00"); // the due day
                browser.awaitClass(card, "light-red");
                browser.awaitText(card, "今天到期");
                // the red warning is recorded before the restart: the check after it finds the application overdue
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(warnings(application))
                        .containsEntry("DEADLINE_RED", 1L));

                stack.restart(ACCEPTANCE); // its clock stays moved
                moveClockTo("2026-06-25T09:00:00+08:00");
                browser.awaitClass(card, "light-overdue");
                browser.awaitText(card, "已超期1个工作日");
                // the check that found the application overdue found each department overdue again, after a
                // restart: what fired before did not fire again
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(warnings(application))
                        .containsOnly(Map.entry("DEADLINE_YELLOW", 1L), Map.entry("DEADLINE_RED", 1L),
                                Map.entry("DEADLINE_OVERDUE", departments + 1L)));
                assertThat(browser.accessibilityViolations()).isEmpty();
                browser.screenshot("board-overdue");
            } finally {
                stack.restoreClock(ACCEPTANCE);
            }
        }
    }

    /** How many warnings of each level the application's timeline records. */
    private static Map<String, Long> warnings(String application) {
        return firm().get("/applications/{id}/timeline", application).then().statusCode(200).extract()
                .jsonPath().getList("action", String.class).stream().filter(action -> action.startsWith("DEADLINE_"))
                .collect(Collectors.groupingBy(action -> action, Collectors.counting()));
    }

    @Test
    void a_coordinator_finds_a_dead_webhook_call_in_the_delivery_log_and_sends_it_again_with_a_reason()
            throws IOException {
        // the system under test allows webhooks to this machine, and a delivery is dead after two attempts
        // the firm's receiver: down (every call answered 503) until the test brings it up
        AtomicBoolean up = new AtomicBoolean();
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/joint-acceptance", exchange -> {
            if (up.get()) {
                received.add(exchange.getRequestHeaders().getFirst("webhook-id"));
            }
            exchange.sendResponseHeaders(up.get() ? 204 : 503, -1);
            exchange.close();
        });
        receiver.start();
        String webhook = null;
        try {
            webhook = notifications(OTHER_FIRM).contentType(ContentType.JSON).body(Map.of("url",
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/joint-acceptance")).post("/webhooks")
                    .then().statusCode(201).extract().path("id");
            String application = submitted(OTHER_FIRM);
            String firm = "applicant:" + OTHER_FIRM.creditCode();
            // every call to the firm's webhook fails twice, then is dead
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(notifications(
                    SampleUsers.COORDINATOR).queryParam("recipient", firm).queryParam("channel", "webhook")
                    .get("/deliveries").then().statusCode(200).extract().jsonPath().getList("status", String.class))
                    .isNotEmpty().containsOnly("DEAD"));
            JsonPath dead = notifications(SampleUsers.COORDINATOR).queryParam("recipient", firm)
                    .queryParam("channel", "webhook").get("/deliveries").then().extract().jsonPath();
            String delivery = dead.getString("[0].id");
            String messageId = dead.getString("[0].messageId");

            up.set(true);
            try (Browser browser = Browser.open(Browser.DESKTOP)) {
                browser.get(portal("/deliveries?status=DEAD&channel=webhook&application=" + application));
                signIn(browser, SampleUsers.COORDINATOR.name(), "/deliveries");
                assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("投递记录");
                assertThat(browser.text()).contains("只列出一份申请的投递。");
                WebElement card = browser.find(By.id("delivery-" + delivery));
                assertThat(card.getText()).contains("投递失败，已停止重试", "已尝试2次", "建设单位",
                        OTHER_FIRM.creditCode(), "接口推送", "127.0.0.1:" + receiver.getAddress().getPort());
                assertThat(card.findElement(By.className("error")).getText()).isNotBlank();
                assertThat(ownWords(browser, OTHER_FIRM.creditCode(), PROJECT)).as("the log, in Chinese alone")
                        .doesNotContainPattern("[A-Za-z]");
                assertThat(browser.accessibilityViolations()).isEmpty();

                card.findElement(By.name("reason")).sendKeys("建设单位的接收服务已恢复");
                card.findElement(By.xpath(".//button[.='重新投递']")).click();
                browser.awaitText(portal("/deliveries/" + delivery), "已送达");
                assertThat(browser.find(By.id("delivery-" + delivery)).getText()).contains("已重新投递", "liu.yang",
                        "建设单位的接收服务已恢复");
                assertThat(browser.accessibilityViolations()).isEmpty();
                browser.screenshot("deliveries");
                assertThat(received).as("the replayed call arrived once, under its own id").containsExactly(messageId);

                inEnglish(browser);
                assertThat(browser.find(By.id("delivery-" + delivery)).getText()).contains("Delivered", "Firm",
                        "Webhook");
                assertThat(ownWords(browser, "建设单位的接收服务已恢复", PROJECT))
                        .as("the delivery in English alone, but the reason typed and the notice's subject")
                        .doesNotContainPattern("\\p{IsHan}");
            }
        } finally {
            receiver.stop(0);
            if (webhook != null) {
                notifications(OTHER_FIRM).delete("/webhooks/{id}", webhook).then().statusCode(204);
            }
        }
    }

    /** Moves acceptance-service's clock to {@code moment} while it runs; its date checks run every second. */
    private static void moveClockTo(String moment) {
        stack.moveClock(ACCEPTANCE, Duration.between(Instant.now(), OffsetDateTime.parse(moment)));
    }

    /** A photo taken on site: a small JPEG. */
    private static Path photo() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.DARK_GRAY);
        graphics.fillRect(0, 0, 64, 48);
        graphics.dispose();
        Path photo = Files.createTempFile("garage-", ".jpg");
        ImageIO.write(image, "jpg", photo.toFile());
        photo.toFile().deleteOnExit();
        return photo;
    }

    /** A draft of the tour's application by the tour's firm, through the REST API; its id. */
    private static String draft() throws IOException {
        return draft(SampleUsers.APPLICANT);
    }

    /** A draft of the tour's application by {@code applicant}, through the REST API; its id. */
    private static String draft(User applicant) throws IOException {
        return firm(applicant).contentType(ContentType.JSON).body(ExampleApplication.by(stack.home(), applicant))
                .post("/applications").then().statusCode(201).extract().path("id");
    }

    /** The tour's application with every material it requires, submitted and accepted at intake; its id. */
    private static String submitted() throws IOException {
        return submitted(SampleUsers.APPLICANT);
    }

    private static String submitted(User applicant) throws IOException {
        String application = draft(applicant);
        File report = stack.home().resolve("docs/examples/testing-report-extract.pdf").toFile();
        for (String type : firm(applicant).get("/applications/{id}", application).then().statusCode(200).extract()
                .jsonPath().getList("requiredMaterials.type", String.class)) {
            firm(applicant).multiPart("file", report, "application/pdf").multiPart("type", type)
                    .post("/applications/{id}/materials", application).then().statusCode(201);
        }
        firm(applicant).post("/applications/{id}/submission", application).then().statusCode(200)
                .body("status", equalTo("AWAITING_REVIEW"));
        lead.confirmsReview(application);
        return application;
    }

    private static RequestSpecification firm() {
        return firm(SampleUsers.APPLICANT);
    }

    private static RequestSpecification firm(User applicant) {
        return given().baseUri(stack.service(ACCEPTANCE).baseUrl()).auth().oauth2(stack.token(applicant));
    }

    /** notification-service, as {@code user}. */
    private static RequestSpecification notifications(User user) {
        return given().baseUri(stack.service("notification-service").baseUrl()).auth().oauth2(stack.token(user));
    }

    private static String portal(String path) {
        return stack.portalUrl() + path;
    }
}
