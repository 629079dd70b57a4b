package io.jointclear.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.HeadlessBrowser;
import io.jointclear.support.HeadlessChromium;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console in headless Chromium: sign-in and language, a broker filing with field errors and then
 * correctly, an officer's decision, the analyst's charts and CSV, and basic accessibility (labels,
 * keyboard reach). Skipped when /usr/bin/chromium or /usr/bin/chromedriver is missing; screenshots go
 * to target/screenshots.
 */
@DemoUsersIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@HeadlessBrowser(lang = "en-US", width = 1400, height = 1100)
class ConsoleBrowserIT {

    private static WebDriver driver;
    private static HeadlessChromium browser;
    private static String filedCrossing;

    @LocalServerPort
    int port;

    @BeforeAll
    static void useBrowser(HeadlessChromium chromium) {
        browser = chromium;
        driver = chromium.driver();
    }

    @Test
    @Order(1)
    void signInAndSwitchLanguage() {
        open("/console/login?lang=en");
        type("username", "broker");
        type("password", "wrong");
        driver.findElement(By.id("login-submit")).click();
        assertThat(wait(By.id("login-error")).getText()).contains("Wrong user name or password");

        signIn("broker");
        assertThat(driver.getCurrentUrl()).endsWith("/console/broker/crossings");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("My crossings");
        driver.findElement(By.id("lang-es")).click();
        wait(By.tagName("h1"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mis cruces");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        screenshot("01-broker-list-es");
        driver.findElement(By.id("lang-en")).click();
        assertThat(wait(By.tagName("h1")).getText()).isEqualTo("My crossings");
    }

    @Test
    @Order(2)
    void brokerFilesWithFieldErrorsThenCorrectly() {
        signIn("broker");
        open("/console/broker/crossings/new");
        // El Paso does not face Nuevo Laredo, and this fracción does not exist
        replace("usPort", "2402");
        replace("lines0.mxTariffCode", "0804409999");
        driver.findElement(By.id("file-submit")).click();
        wait(By.id("form-errors"));
        assertThat(driver.findElement(By.id("usPort-error")).getText()).contains("NOT_A_PORT_PAIR");
        assertThat(driver.findElement(By.id("lines0.mxTariffCode-error")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("usPort")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("usPort")).getAttribute("aria-describedby")).contains("usPort-error");
        assertThat(driver.findElement(By.id("usPort")).getAttribute("value")).isEqualTo("2402");
        screenshot("02-broker-form-errors");

        replace("usPort", "2304");
        replace("lines0.mxTariffCode", "0804400100");
        driver.findElement(By.id("file-submit")).click();
        WebElement status = wait(By.id("case-status"));
        assertThat(status.getText()).isEqualTo("Filed");
        assertThat(driver.findElement(By.id("declaration-MX")).getText()).contains("0804400100");
        assertThat(driver.findElement(By.id("declaration-US")).getText()).contains("0804400040");
        filedCrossing = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        screenshot("03-broker-crossing-filed");

        open("/console/broker/crossings");
        assertThat(driver.findElement(By.id("crossings")).getText()).contains("Nuevo Laredo (240) → Laredo (2304)");
    }

    @Test
    @Order(3)
    void officerRecordsArrivalAndDecidesForTheirOwnAuthority() {
        assumeTrue(filedCrossing != null, "needs the crossing filed by the previous test");
        signIn("officer-us");
        assertThat(driver.getCurrentUrl()).contains("/console/officer/queue");
        open("/console/officer/crossings/" + filedCrossing);
        driver.findElement(By.id("arrive")).click();
        String lane = wait(By.id("joint-lane")).getText();
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("Lanes selected");
        String decision = "Green".equals(lane) ? "RELEASE" : "HOLD";
        type("notes", "Browser test decision");
        driver.findElement(By.id("decide-" + decision)).click();
        WebElement mine = wait(By.id("my-decision"));
        assertThat(mine.getText()).isEqualTo("Green".equals(lane) ? "Release" : "Hold");
        List<WebElement> rows = driver.findElements(By.cssSelector("#decisions tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().getText()).startsWith("United States (CBP)").contains("officer-us");
        assertThat(driver.findElement(By.id("case-status")).getText()).isIn("Selected", "Held");
        screenshot("04-officer-decided");
    }

    @Test
    @Order(4)
    void analystSeesChartsAndDownloadsCsv() throws Exception {
        signIn("analyst");
        open("/console/analyst/dashboard");
        List<WebElement> canvases = driver.findElements(By.cssSelector("canvas[data-chart]"));
        assertThat(canvases).hasSize(8);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                d.findElements(By.cssSelector("canvas[data-drawn='true']")).size() == 8);
        for (WebElement canvas : canvases) {
            assertThat(canvas.getSize().getWidth()).isPositive();
        }
        Long kpi = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Number(document.querySelector('.kpi-crossings').textContent)");
        assertThat(kpi).isPositive();
        screenshot("05-analyst-dashboard");

        String href = driver.findElement(By.cssSelector("#chart-lanes a.csv")).getAttribute("href");
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("category,Green,Yellow (documents),Red");
    }

    @Test
    @Order(5)
    void filingFormIsLabelledAndKeyboardReachable() {
        signIn("broker");
        open("/console/broker/crossings/new");
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
                  .filter(e => !(e.id && document.querySelector('label[for="' + e.id + '"]')) && !e.getAttribute('aria-label'))
                  .map(e => e.name || e.id || e.outerHTML);
                """);
        assertThat(unlabelled).as("form controls without a label").isEmpty();

        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        boolean reached = false;
        for (int i = 0; i < 120 && !reached; i++) {
            WebElement active = driver.switchTo().activeElement();
            reached = "file-submit".equals(active.getAttribute("id"));
            if (!reached) {
                active.sendKeys(Keys.TAB);
            }
        }
        assertThat(reached).as("tabbing through the form reaches the submit button").isTrue();
        screenshot("06-keyboard-focus-submit");
    }

    private void signIn(String user) {
        browser.signIn(port, user, "en");
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private static void type(String id, String text) {
        browser.type(id, text);
    }

    private static void replace(String id, String text) {
        WebElement e = driver.findElement(By.id(id));
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        e.clear();
        e.sendKeys(text);
    }

    private static WebElement wait(By by) {
        return browser.waitVisible(by);
    }

    private static void screenshot(String name) {
        browser.screenshot(name);
    }
}
