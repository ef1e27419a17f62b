package org.jointacceptance.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the page tests: Debian's headless Chromium driven through ChromeDriver, with a Chinese font,
 * installed with apt-get the first time where they are missing (the tests run as root on a fresh machine). Each
 * browser has its own empty profile, so no cookie or session carries over from one to the next; a phone's browser is
 * Chromium's emulation of a phone's screen.
 */
final class Browser implements AutoCloseable {

    static final Dimension DESKTOP = new Dimension(1280, 900);
    /** A common phone's viewport. */
    static final Dimension PHONE = new Dimension(390, 844);

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHINESE_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser open(Dimension viewport) {
        install();
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=zh-CN", "--user-data-dir=" + profile,
                "--window-size=" + viewport.getWidth() + "," + viewport.getHeight());
        if (viewport.equals(PHONE)) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", PHONE.getWidth(), "height", PHONE.getHeight(), "pixelRatio", 2.0, "touch", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
        return new Browser(driver, profile);
    }

    /** Installs Debian's chromium, chromium-driver and a Chinese font where they are missing. */
    private static synchronized void install() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) && Files.isRegularFile(CHINESE_FONT)) {
            return;
        }
        List<String> packages = List.of("chromium", "chromium-driver", "fonts-wqy-zenhei");
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("The page tests need: apt-get install " + String.join(" ", packages));
        }
        run(List.of("apt-get", "update"));
        List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y", "--no-install-recommends"));
        install.addAll(packages);
        run(install);
    }

    private static void run(List<String> command) {
        try {
            Path log = Files.createTempFile("apt", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
            if (!process.waitFor(20, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Takes the signal away ({@code false}) or gives it back ({@code true}), as in a basement: with none, every request
     * of the page fails as it does without a network.
     */
    void signal(boolean on) {
        HasNetworkConditions network = (HasNetworkConditions) driver;
        if (on) {
            network.deleteNetworkConditions();
        } else {
            ChromiumNetworkConditions none = new ChromiumNetworkConditions();
            none.setOffline(true);
            network.setNetworkConditions(none);
        }
    }

    void get(String url) {
        driver.get(url);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** The element, once it is on the page. */
    WebElement find(By by) {
        return patiently().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * What {@code reading} reads of the element, read again if the page's script replaced the element meanwhile: a
     * live page (the coordinators' board) takes fresh content whenever a notice arrives.
     */
    String read(By by, Function<WebElement, String> reading) {
        return patiently().until(any -> reading.apply(driver.findElement(by)));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    String text() {
        return find(By.tagName("body")).getText();
    }

    /** Opens {@code url} again and again until its page shows {@code text} (something on its way, as an event). */
    void awaitText(String url, String text) {
        new WebDriverWait(driver, PATIENCE).pollingEvery(Duration.ofSeconds(1)).until(any -> {
            driver.get(url);
            return driver.findElement(By.tagName("body")).getText().contains(text);
        });
    }

    /** Waits until the element shows {@code text} (something the page's script updates). */
    void awaitText(By by, String text) {
        patiently().pollingEvery(Duration.ofMillis(250))
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Waits until nothing on the page matches {@code by}: what the answer to a form took away. */
    void awaitGone(By by) {
        patiently().until(ExpectedConditions.numberOfElementsToBe(by, 0));
    }

    /** Waits until the element has the class {@code cssClass} (something the page's script updates). */
    void awaitClass(By by, String cssClass) {
        awaitClass(by, cssClass, true);
    }

    /** Waits until the element is there without the class {@code cssClass} (the answer to a form it posted, say). */
    void awaitNoClass(By by, String cssClass) {
        awaitClass(by, cssClass, false);
    }

    private void awaitClass(By by, String cssClass, boolean present) {
        patiently().pollingEvery(Duration.ofMillis(250)).until(any -> {
            List<WebElement> elements = driver.findElements(by);
            return !elements.isEmpty()
                    && List.of(elements.get(0).getAttribute("class").split(" ")).contains(cssClass) == present;
        });
    }

    /** Runs {@code script} in the page; what it returns. */
    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Runs {@code script} in the page and waits for it to call back (its last argument); what it calls back with. */
    Object asyncScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    /** Waits until the address starts with {@code prefix}. */
    void awaitUrl(String prefix) {
        new WebDriverWait(driver, PATIENCE).until(any -> driver.getCurrentUrl().startsWith(prefix));
    }

    /** Signs in on the identity provider's own login page. */
    void signIn(String username, String password) {
        find(By.id("username")).sendKeys(username);
        find(By.id("password")).sendKeys(password);
        find(By.id("kc-login")).click();
    }

    /**
     * Saves what the window shows as {@code target/screenshots/<name>.png} (docs/portal holds copies of them).
     */
    void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target/screenshots"));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the page is no wider than the window: nothing to scroll sideways. */
    boolean fitsTheWindow() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
    }

    /** The page's serious and critical accessibility violations, as axe-core finds them: rule, then the elements. */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript(axe());
        Map<String, Object> results = (Map<String, Object>) script.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(done, e => done({error: String(e)}));");
        if (results.containsKey("error")) {
            throw new IllegalStateException("axe-core failed: " + results.get("error"));
        }
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) results.get("violations")) {
            Object impact = violation.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                List<String> targets = new ArrayList<>();
                for (Map<String, Object> node : (List<Map<String, Object>>) violation.get("nodes")) {
                    targets.add(String.valueOf(node.get("target")));
                }
                serious.add(violation.get("id") + " (" + impact + ") " + targets);
            }
        }
        return serious;
    }

    private static String axe() {
        try (InputStream script = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // the profile is in the temporary folder
        }
    }

    /**
     * A wait that looks again when the page is replaced under it (a form posted, a script reloading it), which Chromium
     * reports as an element of another document.
     */
    private WebDriverWait patiently() {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(WebDriverException.class);
        return wait;
    }
}
