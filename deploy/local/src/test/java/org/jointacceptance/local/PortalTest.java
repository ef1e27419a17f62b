package org.jointacceptance.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.jointacceptance.infrastructure.tokens.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The web portal in a real browser (headless Chromium), signed in through Keycloak's own login page, against the
 * whole running system: what a firm's clerk sees (applications, notices), in Chinese first and in English, on a
 * desktop and on a phone, and what another firm does not see. Every page passes axe-core without a serious or critical violation.
 */
@ExtendWith(RunningSystem.class)
class PortalTest {

    private static final String PROJECT = "Haiwan Residences Phase II";
    private static final User OTHER_FIRM = User.applicant("zhou.qiang", "91210202MA0Y5T2X1U");

    private static LocalStack stack;

    @BeforeAll
    static void theSystem() {
        stack = RunningSystem.stack();
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
            assertThat(browser.find(By.id(id)).getAttribute("class")).doesNotContain("unread");

            browser.get(portal("/applications/" + application));
            browser.find(By.linkText("English")).click();
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(browser.url()).isEqualTo(portal("/applications/" + application));
            assertThat(browser.text()).contains("Being inspected", "Fire protection", "Back to my applications")
                    .doesNotContain("查验中", "消防");
            assertThat(browser.accessibilityViolations()).isEmpty();

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
            citizen.find(By.cssSelector("button[type=submit]")).click();
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

    /** Signs in on Keycloak's page with the sample users' password, and waits to be back on the portal. */
    private static void signIn(Browser browser, String username) {
        browser.awaitUrl(stack.keycloak().url());
        browser.signIn(username, stack.keycloak().secrets().samplePassword());
        browser.awaitUrl(portal("/applications"));
    }

    /** A draft of the tour's application by the tour's firm, through the REST API; its id. */
    private static String draft() throws IOException {
        return firm().contentType(ContentType.JSON)
                .body(Files.readString(stack.home().resolve("docs/examples/application.json")))
                .post("/applications").then().statusCode(201).extract().path("id");
    }

    /** The tour's application with every material it requires, submitted and accepted at intake; its id. */
    private static String submitted() throws IOException {
        String application = draft();
        File report = stack.home().resolve("docs/examples/testing-report-extract.pdf").toFile();
        for (String type : firm().get("/applications/{id}", application).then().statusCode(200).extract().jsonPath()
                .getList("requiredMaterials.type", String.class)) {
            firm().multiPart("file", report, "application/pdf").multiPart("type", type)
                    .post("/applications/{id}/materials", application).then().statusCode(201);
        }
        firm().post("/applications/{id}/submission", application).then().statusCode(200);
        return application;
    }

    private static RequestSpecification firm() {
        return given().baseUri(stack.service("acceptance-service").baseUrl())
                .auth().oauth2(stack.token(SampleUsers.APPLICANT));
    }

    private static String portal(String path) {
        return stack.portalUrl() + path;
    }
}
