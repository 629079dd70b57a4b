package io.jointclear.console;

import io.jointclear.support.TestResources;
import io.jointclear.support.TestNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.HeadlessBrowser;
import io.jointclear.support.HeadlessChromium;
import io.jointclear.support.Http;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A crossing walked through in headless Chromium by both officers, with no dead end: arrival, a
 * referral (the lanes turn red, Release is disabled with its reason), the joint inspection (joined by
 * both, a finding on a declared line, its end confirmed), a hold confirmed, the US release with the
 * "waiting for ANAM" hint on the officer's and the broker's page, the Mexican release and the joint
 * release at the end of the timeline; then the 403 and 404 pages. Skipped without /usr/bin/chromium and
 * /usr/bin/chromedriver; screenshots in target/screenshots/flow-*.png.
 */
@DemoUsersIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@HeadlessBrowser(lang = "en-US", width = 1400, height = 1600)
class OfficerFlowBrowserIT {

    private static WebDriver driver;
    private static HeadlessChromium browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void useBrowser(HeadlessChromium chromium) {
        browser = chromium;
        driver = chromium.driver();
    }

    @Test
    @Order(1)
    void aCrossingGoesThroughReferralJointInspectionAndBothDecisionsToTheJointRelease() {
        String id = fileAssessedCrossing();
        String page = "/console/officer/crossings/" + id;

        signIn("officer-mx");
        open(page);
        assertThat(driver.findElement(By.id("decisions-closed")).getText()).contains("Filed");
        assertThat(driver.findElements(By.id("decide-SEIZE"))).isEmpty();
        screenshot("flow-01-filed-no-decision");
        driver.findElement(By.id("arrive")).click();
        wait(By.id("joint-lane"));

        type("notes", "Seal number does not match the manifest");
        driver.findElement(By.id("decide-REFER")).click();
        assertThat(wait(By.id("referred-by")).getText()).contains("Mexico (ANAM)");
        assertThat(driver.findElement(By.id("joint-lane")).getText()).isEqualTo("Red");
        assertThat(driver.findElement(By.id("joint-lane")).getAttribute("class")).contains("lane-RED");
        assertThat(driver.findElement(By.id("case-status")).getAttribute("class")).contains("status-UNDER_INSPECTION");
        assertThat(driver.findElement(By.id("decide-RELEASE")).isEnabled()).isFalse();
        assertThat(driver.findElement(By.id("why-RELEASE")).getText()).contains("joint inspection first");
        assertThat(driver.findElement(By.id("decide-REFER")).isEnabled()).as("referring twice changes nothing").isFalse();
        screenshot("flow-02-referred-lanes-red-release-disabled");

        WebElement join = reloadUntil(By.id("inspection-join"));
        join.click();
        assertThat(wait(By.id("waiting")).getText()).contains("Waiting for the officer of United States (CBP)");
        assertThat(driver.findElement(By.id("why-join")).getText()).contains("You take part");
        screenshot("flow-03-mx-joined-waiting-for-cbp");

        signIn("officer-us");
        open(page);
        driver.findElement(By.id("inspection-join")).click();
        assertText(By.id("inspection-status"), "In progress");
        List<String> lines = new Select(driver.findElement(By.id("line"))).getOptions().stream().map(WebElement::getText).toList();
        assertThat(lines).hasSize(2).as("whole shipment and the one declared line only");
        new Select(driver.findElement(By.id("kind"))).selectByValue("NONE");
        new Select(driver.findElement(By.id("line"))).selectByValue("1");
        type("description", "Seals replaced in presence of both officers; goods as declared");
        driver.findElement(By.id("finding-submit")).click();
        assertThat(wait(By.id("inspection-findings")).getText()).contains("officer-us");
        screenshot("flow-04-inspection-finding-on-line-1");

        driver.findElement(By.id("inspection-end")).click();
        assertThat(wait(By.id("confirm-message")).getText()).contains("End the joint inspection?");
        screenshot("flow-05-confirm-end-inspection");
        driver.findElement(By.id("confirm-cancel")).click();
        assertText(By.id("inspection-status"), "In progress");
        driver.findElement(By.id("inspection-end")).click();
        wait(By.id("confirm-yes")).click();
        assertText(By.id("inspection-status"), "Completed");
        assertThat(driver.findElement(By.id("case-status")).getText()).isEqualTo("Inspected, awaiting decisions");
        assertThat(driver.findElement(By.id("joint-lane")).getAttribute("class")).contains("lane-RED");
        assertThat(driver.findElement(By.id("waiting")).getText()).contains("The joint inspection has ended");

        driver.findElement(By.id("decide-HOLD")).click();
        assertThat(wait(By.id("confirm-message")).getText()).contains("Hold the goods");
        screenshot("flow-06-confirm-hold");
        driver.findElement(By.id("confirm-yes")).click();
        assertThat(wait(By.id("case-status")).getText()).isEqualTo("Held");
        assertThat(driver.findElement(By.id("decide-HOLD")).isEnabled()).as("the same decision again is not offered").isFalse();
        driver.findElement(By.id("decide-RELEASE")).click();
        assertThat(wait(By.id("my-decision")).getText()).isEqualTo("Release");
        assertThat(driver.findElement(By.id("case-inspection-phase")).getText()).contains("Completed");
        assertThat(driver.findElement(By.id("waiting")).getText())
                .contains("United States (CBP) has released; waiting for the decision of Mexico (ANAM)");
        screenshot("flow-07-us-released-waiting-for-anam");

        signIn("broker");
        open("/console/broker/crossings/" + id);
        assertThat(wait(By.id("waiting")).getText()).contains("waiting for the decision of Mexico (ANAM)");
        screenshot("flow-08-broker-sees-waiting-for-anam");

        signIn("officer-mx");
        open(page);
        assertThat(driver.findElement(By.id("decide-RELEASE")).isEnabled()).isTrue();
        driver.findElement(By.id("decide-RELEASE")).click();
        assertThat(wait(By.id("case-status")).getText()).isEqualTo("Released");
        assertThat(driver.findElement(By.id("decisions-closed")).getText()).contains("Released");
        assertThat(driver.findElements(By.id("waiting"))).isEmpty();
        List<String> timeline = driver.findElements(By.cssSelector("#timeline li")).stream().map(WebElement::getText).toList();
        assertThat(timeline.getLast()).contains("Jointly released");
        assertThat(timeline.get(timeline.size() - 2)).contains("Decision", "Mexico (ANAM): Release");
        screenshot("flow-09-jointly-released");
    }

    @Test
    @Order(2)
    void forbiddenAndUnknownPagesAreConsolePagesInTheUsersLanguage() {
        signIn("broker");
        open("/console/officer/queue");
        assertThat(wait(By.id("problem-title")).getText()).isEqualTo("Access denied");
        assertThat(driver.getPageSource()).doesNotContain("Whitelabel");
        assertThat(driver.findElement(By.id("problem-home")).getAttribute("href")).endsWith("/console/broker/crossings");
        screenshot("flow-10-403-en");

        signIn("officer-us");
        open("/console/officer/crossings/" + UUID.randomUUID() + "?lang=es");
        assertThat(wait(By.id("problem-title")).getText()).isEqualTo("No encontrado");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertThat(driver.findElement(By.id("problem-code")).getText()).isEqualTo("CROSSING_NOT_FOUND");
        assertThat(driver.getPageSource()).doesNotContain("\"detail\"");
        screenshot("flow-11-404-es");
        driver.findElement(By.id("problem-home")).click();
        assertThat(wait(By.tagName("h1")).getText()).isNotBlank();
        assertThat(driver.getCurrentUrl()).contains("/console/officer/queue");
    }

    /** A southbound crossing whose both sides are assessed (a test fixture rate, a declared exchange rate). */
    private String fileAssessedCrossing() {
        Http admin = new Http(port).as("admin", "admin");
        assertThat(admin.put("/api/v1/reference/tariff/MX/rates", "text/csv",
                "fraccion,igi,ige,valid_from,valid_to,source\n72083901,0,Ex.,2025-01-01,,test fixture (not tariff data)\n")
                .status()).isEqualTo(200);
        long seq = TestNumbers.next();
        String body = TestResources.read("clearance/crossing-southbound-steel.json")
                .replace("262434566001201", DeclarationNumbers.pedimento(2026, "24", "3456", seq))
                .replace("X20260310123456", "X2026031" + String.format("%07d", seq));
        Http.Response filed = new Http(port).as("broker", "broker").post("/api/v1/crossings", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.body()).doesNotContain("PENDING_REFERENCE_DATA");
        return filed.json().get("id").asString();
    }

    private WebElement reloadUntil(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until((Function<WebDriver, WebElement>) d -> {
            List<WebElement> found = d.findElements(by);
            if (found.isEmpty()) {
                d.navigate().refresh();
                return null;
            }
            return found.getFirst();
        });
    }

    /** The element's text, once the page the last click led to shows it (no stale element of the old page). */
    private static void assertText(By by, String expected) {
        browser.waitText(by, expected);
        assertThat(driver.findElement(by).getText()).isEqualTo(expected);
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

    private static WebElement wait(By by) {
        return browser.waitVisible(by);
    }


    private static void screenshot(String name) {
        browser.screenshot(name);
    }
}
