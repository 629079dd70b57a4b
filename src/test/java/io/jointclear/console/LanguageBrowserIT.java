package io.jointclear.console;

import io.jointclear.support.TestNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.HeadlessBrowser;
import io.jointclear.support.HeadlessChromium;
import io.jointclear.support.Http;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * Switching languages in headless Chromium on the broker's, the officer's and the analyst's pages:
 * each rendered page holds no word of the other language ({@link LanguageLeaks}), a refusal notice is
 * worded in the reader's language, and the charts format numbers and days as Mexico writes them
 * (1,200,000.5; 03/12/2026) under Spanish. Skipped without /usr/bin/chromium and /usr/bin/chromedriver;
 * screenshots in target/screenshots/language-*.png.
 */
@DemoUsersIntegrationTest
@HeadlessBrowser(lang = "en-US", width = 1400, height = 1100)
class LanguageBrowserIT {

    private static WebDriver driver;
    private static HeadlessChromium browser;

    @LocalServerPort
    int port;

    private final LanguageLeaks leaks = new LanguageLeaks();

    @BeforeAll
    static void useBrowser(HeadlessChromium chromium) {
        browser = chromium;
        driver = chromium.driver();
    }

    @Test
    void brokerOfficerAndAnalystSwitchBetweenSpanishAndEnglish() throws Exception {
        Http admin = new Http(port).as("admin", "admin");
        String ruleId = "BROWSER_LANG_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        assertThat(admin.post("/api/v1/risk/rules", """
                {"ruleId":"%s","authority":"US","description":"Tomatoes in an odd lot size",
                 "when":[{"attribute":"quantity","operator":"EQ","values":["17771"]}],
                 "weight":6.0,"lane":"RED","validFrom":"2026-01-01T00:00:00Z","status":"ACTIVE","reason":"test"}
                """.formatted(ruleId)).status()).isEqualTo(201);
        try {
            int seq = TestNumbers.next();
            String body = new ClassPathResource("clearance/crossing-northbound-tomatoes.json").getContentAsString(StandardCharsets.UTF_8)
                    .replace("262434566001234", DeclarationNumbers.pedimento(2026, "24", "3456", seq))
                    .replace("31600042712", DeclarationNumbers.usEntry("316", seq))
                    .replace("\"value\": 18000", "\"value\": 17771").replace("\"netWeightKg\": 18000", "\"netWeightKg\": 17771");
            Http.Response filed = new Http(port).as("broker", "broker").post("/api/v1/crossings", body);
            assertThat(filed.status()).as(filed.body()).isEqualTo(201);
            String id = filed.json().get("id").asString();
            assertThat(new Http(port).as("carrier", "carrier")
                    .post("/api/v1/crossings/" + id + "/arrival", "{\"at\":\"" + Instant.now() + "\"}").status()).isEqualTo(200);
            List<String> ownData = new java.util.ArrayList<>(List.of("Tomatoes in an odd lot size", "broker", "officer-us",
                    "analyst", "Fresh Roma tomatoes, not greenhouse, not organic", "Rio Grande Produce LLC",
                    "Agrícola El Rosario SA de CV", "Transportes del Norte SA de CV", "Juan Pérez Gómez",
                    "Tomate roma (saladette) fresco, cajas de 11.34 kg"));

            signIn("broker");
            open("/console/broker/crossings/" + id + "?lang=es");
            assertThat(wait(By.tagName("h1")).getText()).startsWith("Rumbo al norte");
            assertOneLanguage("es", "broker crossing", ownData);
            screenshot("language-01-broker-es");
            driver.findElement(By.id("lang-en")).click();
            assertThat(wait(By.tagName("h1")).getText()).startsWith("Northbound");
            assertOneLanguage("en", "broker crossing", ownData);
            screenshot("language-02-broker-en");

            signIn("officer-us");
            open("/console/officer/crossings/" + id + "?lang=es");
            wait(By.tagName("h1"));
            assertOneLanguage("es", "officer crossing", ownData);
            // releasing before the joint inspection is refused, in Spanish
            ((JavascriptExecutor) driver).executeScript("""
                    const f = Array.from(document.querySelectorAll('form')).find(f => f.action.endsWith('/decisions'));
                    const d = document.createElement('input'); d.type = 'hidden'; d.name = 'decision'; d.value = 'RELEASE';
                    f.appendChild(d); f.submit();""");
            WebElement refusal = wait(By.cssSelector(".flash.error"));
            assertThat(refusal.getText()).startsWith("No se realizó:").contains("inspección conjunta");
            assertOneLanguage("es", "officer refusal", ownData);
            screenshot("language-03-officer-refusal-es");
            driver.findElement(By.id("lang-en")).click();
            wait(By.tagName("h1"));
            assertOneLanguage("en", "officer crossing", ownData);
            screenshot("language-04-officer-en");

            signIn("analyst");
            open("/console/analyst/dashboard?lang=es");
            chartsDrawn();
            assertOneLanguage("es", "analyst dashboard", ownData);
            assertMexicanChartFormats();
            screenshot("language-05-analyst-es");
            driver.findElement(By.id("lang-en")).click();
            chartsDrawn();
            assertOneLanguage("en", "analyst dashboard", ownData);
            assertThat(locale()).isEqualTo("en-US");
            screenshot("language-06-analyst-en");
        } finally {
            admin.post("/api/v1/risk/rules/" + ruleId + "/retire", "{\"reason\":\"test done\"}");
        }
    }

    /** Every chart is configured for es-MX; axis labels use 1,200,000 and 0.1, per-day labels dd/MM/yyyy. */
    @SuppressWarnings("unchecked")
    private void assertMexicanChartFormats() {
        assertThat(locale()).isEqualTo("es-MX");
        List<String> ticks = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return Array.from(document.querySelectorAll('canvas[data-chart]')).flatMap(c => {
                  const ch = Chart.getChart(c); if (!ch) return [];
                  return Object.values(ch.scales).flatMap(s => s.ticks.map(t => String(t.label)));
                });""");
        assertThat(ticks).isNotEmpty();
        assertThat(ticks).as("no Spain-style separators (1.200.000, 0,1)")
                .noneMatch(t -> t.matches(".*\\d\\.\\d{3}(\\D.*)?$") || t.matches(".*\\d,\\d{1,2}( %)?$"));
        String formatted = (String) ((JavascriptExecutor) driver).executeScript("""
                const ch = Chart.getChart(document.querySelector('#chart-per-day canvas'));
                return ch.options.scales.y.ticks.callback(1200000.5);""");
        assertThat(formatted).isEqualTo("1,200,000.5");
        List<String> days = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Chart.getChart(document.querySelector('#chart-per-day canvas')).data.labels;");
        assertThat(days).isNotEmpty().allMatch(d -> d.matches("\\d{2}/\\d{2}/\\d{4}"));
    }

    private String locale() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.documentElement.dataset.locale;");
    }

    private void chartsDrawn() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            int all = d.findElements(By.cssSelector("canvas[data-chart]")).size();
            return all > 0 && d.findElements(By.cssSelector("canvas[data-drawn='true']")).size() == all;
        });
    }

    private void assertOneLanguage(String language, String page, List<String> ownData) {
        assertThat(leaks.in(driver.getPageSource(), language, ownData)).as(language + ": " + page).isEmpty();
    }

    private void signIn(String user) {
        browser.signIn(port, user, "en");
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private static WebElement wait(By by) {
        return browser.waitVisible(by);
    }

    private static void screenshot(String name) {
        browser.screenshot(name);
    }
}
