package io.jointclear.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a browser test class: a throw-away profile, a fixed window and browser
 * language, screenshots under target/screenshots. Starting it skips the test class (assumption) when
 * /usr/bin/chromium or /usr/bin/chromedriver is missing; closing it quits the browser and deletes the profile.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Duration PAGE_LOAD = Duration.ofSeconds(30);
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final WebDriver driver;
    private final Path profile;

    private HeadlessChromium(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts Chromium with the given browser language (e.g. "en-US") and window size in pixels. */
    public static HeadlessChromium start(String lang, int width, int height) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "headless Chromium (/usr/bin/chromium, /usr/bin/chromedriver) is not installed");
        Path profile = Files.createTempDirectory("jointclear-chromium");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // no background traffic, no sandbox (CI containers), a fresh profile per class
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=" + lang);
        // headless Chromium ignores --lang for Accept-Language; the profile's preference sets it
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", lang));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteProfile(profile);
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
        return new HeadlessChromium(driver, profile);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits (up to 15 s) until the element is visible and returns it. */
    public WebElement waitVisible(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits (up to 15 s) until the element's text is exactly {@code text}, finding it again on each try:
     * after a click the old page's element may still be on screen, then go stale when the new page lands.
     */
    public void waitText(By by, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBe(by, text));
    }

    /** Clears the field with this id and types the text. */
    public void type(String id, String text) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    /**
     * Signs in through the console's login form at {@code localhost:port} as a demo user (password =
     * user name), in the given page language, starting from no session, and waits until the form is left.
     */
    public void signIn(int port, String user, String lang) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/console/login?lang=" + lang);
        waitVisible(By.id("username"));
        type("username", user);
        type("password", user);
        driver.findElement(By.id("login-submit")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Saves the current page as target/screenshots/{name}.png. */
    public void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile(profile);
        }
    }

    private static void deleteProfile(Path profile) {
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
