package io.jointclear.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.HeadlessBrowser;
import io.jointclear.support.HeadlessChromium;
import io.jointclear.support.Http;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo with its demonstration rates in headless Chromium: a crossing filed for today is assessed
 * by both countries, its Mexican assessment carries the DEMO badge for the broker and the officer; the
 * officer's queue holds waiting work and flags a truck long overdue; the analyst is told revenue
 * includes demo rates. Skipped without /usr/bin/chromium and /usr/bin/chromedriver; screenshots go to
 * target/screenshots/demo-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jointclear.demo.reference-data=true")
@ActiveProfiles({"test", "demo"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@HeadlessBrowser(lang = "en-US", width = 1400, height = 1400)
class DemoBorderBrowserIT {

    private static WebDriver driver;
    private static HeadlessChromium browser;
    private static String assessed;
    private static String arrived;
    private static String overdue;

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;

    @BeforeAll
    static void useBrowser(HeadlessChromium chromium) {
        browser = chromium;
        driver = chromium.driver();
    }

    @Test
    @Order(1)
    void brokerSeesBothAssessmentsCompleteWithTheDemoBadge() throws IOException {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.ofHours(-6)).truncatedTo(ChronoUnit.MINUTES);
        assessed = file(now.plusHours(2), 1);
        arrived = file(now.plusMinutes(30), 2);
        overdue = file(now.minusHours(5), 3);
        Http.Response arrival = broker().post("/api/v1/crossings/" + arrived + "/arrival", "{\"at\":\"" + now.toInstant() + "\"}");
        assertThat(arrival.status()).as(arrival.body()).isEqualTo(200);

        signIn("broker");
        open("/console/broker/crossings/" + assessed + "?lang=en");
        WebElement mx = wait(By.id("declaration-MX"));
        WebElement us = driver.findElement(By.id("declaration-US"));
        assertThat(mx.getText()).contains("Assessed").doesNotContain("Pending reference data");
        assertThat(us.getText()).contains("Assessed").doesNotContain("Pending reference data");
        assertThat(mx.findElement(By.cssSelector(".badge-demo")).getText()).isEqualTo("DEMO");
        assertThat(mx.findElement(By.cssSelector(".badge-demo")).getAttribute("title")).contains("demonstration");
        assertThat(us.findElements(By.cssSelector(".badge-demo"))).as("US amounts use no demo data").isEmpty();
        assertThat(mx.findElement(By.tagName("tfoot")).getText()).matches("(?s).*Total\\s+(US)?\\$?[0-9,]+\\.\\d{2}.*");
        screenshot("demo-01-broker-case-both-assessed");
    }

    @Test
    @Order(2)
    void officerSeesTheDemoBadgeAndAQueueWithWaitingWorkAndAnOverdueTruck() {
        signIn("officer-mx");
        open("/console/officer/crossings/" + assessed + "?lang=es");
        WebElement mx = wait(By.id("declaration-MX"));
        assertThat(mx.findElement(By.cssSelector(".badge-demo")).getText()).isEqualTo("DEMO");
        assertThat(driver.findElement(By.id("declaration-US")).getText()).doesNotContain("Pendiente");
        screenshot("demo-02-officer-case-demo-badge-es");

        open("/console/officer/queue?lang=en");
        WebElement queue = wait(By.id("queue"));
        assertThat(queue.findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(queue.findElement(By.cssSelector("a[href$='" + arrived + "']")).getText()).isNotEqualTo("Filed");
        WebElement late = queue.findElement(By.cssSelector("a[href$='" + overdue + "']")).findElement(By.xpath("ancestor::tr"));
        assertThat(late.findElement(By.cssSelector(".badge.overdue")).getText()).isEqualTo("Overdue");
        WebElement onTime = queue.findElement(By.cssSelector("a[href$='" + assessed + "']")).findElement(By.xpath("ancestor::tr"));
        assertThat(onTime.findElements(By.cssSelector(".badge.overdue"))).isEmpty();
        screenshot("demo-03-officer-queue-overdue");

        open("/console/officer/crossings/" + overdue + "?lang=es");
        assertThat(wait(By.id("overdue-notice")).getText()).startsWith("Retrasado").contains("no ha llegado");
        screenshot("demo-04-officer-case-overdue-es");
    }

    @Test
    @Order(3)
    void analystIsToldRevenueIncludesDemoRates() {
        signIn("analyst");
        open("/console/analyst/dashboard?lang=es");
        assertThat(wait(By.id("demo-rates-note")).getText()).contains("DEMO", "demostración");
        screenshot("demo-05-analyst-dashboard-demo-note");
    }

    private Http broker() {
        return new Http(port).as("broker", "broker").header("Idempotency-Key", UUID.randomUUID().toString());
    }

    /** Files the contract's tomato crossing for today with its own numbers, expected at {@code arrival}; its id. */
    private String file(OffsetDateTime arrival, int n) throws IOException {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        long serial = Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000L) * 10 + n;
        String body = resource("clearance/crossing-northbound-tomatoes.json")
                .replace("2026-03-10T14:30:00-06:00", arrival.toString())
                .replace("2026-03-10", today.toString())
                .replace("262434566001234", String.format("%02d2434566%06d", today.getYear() % 100, serial))
                .replace("\"31600042712\"", "\"" + usEntry(serial) + "\"");
        Http.Response r = broker().post("/api/v1/crossings", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private static String usEntry(long serial) {
        return io.jointclear.declaration.DeclarationNumbers.usEntry("316", serial);
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

    private static String resource(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
