package io.jointclear.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.HeadlessBrowser;
import io.jointclear.support.HeadlessChromium;
import io.jointclear.support.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 17's "Done when", walked in headless Chromium as the README's start command configures the
 * platform (demo profile: demo users, DEMO rates, the simulator). Only the first address is typed;
 * every later page is reached by clicking. In Spanish: a broker files a two-line crossing, fixing
 * all its mistakes in one round; both countries assess it (the Mexican side with the DEMO badge); the
 * officers of ANAM and CBP find it in their queue by its pedimento, record its arrival, join the joint
 * inspection it is selected for, record a finding, end the inspection (confirmed) and release it; the
 * analyst sees Mexican and US revenue. Every page is checked for English words ({@link LanguageLeaks});
 * then the key pages again in English. The joint lane is made red by an administrator's rule (never by
 * calibrated thresholds). Screenshots in target/screenshots/first-hour-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jointclear.demo.reference-data=true")
@ActiveProfiles({"test", "demo"})
@HeadlessBrowser(lang = "es-MX", width = 1400, height = 2000)
class FirstHourBrowserIT {

    /** The quantity of the second goods line; the administrator's rule sends exactly this to the red lane. */
    private static final String RED_QUANTITY = "17773";
    private static final String RULE_DESCRIPTION = "Lote de aguacate con cantidad atípica";
    private static final String SECOND_LINE = "Aguacate Hass orgánico, a granel";
    private static final String FINDING = "Sellos y mercancía conforme a lo declarado";

    private static WebDriver driver;
    private static HeadlessChromium browser;
    private static String ruleId;
    private static int ruleServerPort;

    private final LanguageLeaks leaks = new LanguageLeaks();
    private final Properties es = Bundles.load("messages_es.properties");
    private final Properties en = Bundles.load("messages_en.properties");
    private final List<String> ownData = new ArrayList<>(List.of(RULE_DESCRIPTION, SECOND_LINE, FINDING, "broker", "officer-mx",
            "officer-us", "analyst", "Aguacate Hass fresco / Fresh Hass avocados", "Aguacates de Michoacán SA de CV",
            "Border Produce LLC", "Transportes del Norte SA de CV", "Juan Pérez"));

    @LocalServerPort
    int port;

    @BeforeAll
    static void useBrowser(HeadlessChromium chromium) {
        browser = chromium;
        driver = chromium.driver();
    }

    @AfterAll
    static void retireRule() {
        if (ruleId != null) {
            new Http(ruleServerPort).as("admin", "admin").post("/api/v1/risk/rules/" + ruleId + "/retire", "{\"reason\":\"test done\"}");
        }
    }

    @Test
    void brokerOfficersAndAnalystWorkTheirFirstHourInSpanishThenInEnglish() {
        redLaneForTheOddQuantity();

        driver.get("http://localhost:" + port + "/");
        assertThat(wait(By.tagName("h1")).getText()).isEqualTo(es.getProperty("login.title"));
        assertSpanish("login");
        String[] filed = brokerFilesTwoLinesInSpanish();
        String id = filed[0];
        String pedimento = filed[1];
        brokerSeesBothAssessments();
        signOut();

        signIn("officer-mx");
        openFromQueue(pedimento, id);
        driver.findElement(By.id("arrive")).click();
        assertThat(wait(By.id("joint-lane")).getAttribute("class")).contains("lane-RED");
        assertSpanish("officer after arrival");
        reloadUntil(By.id("inspection-join")).click();
        assertThat(wait(By.id("waiting")).getText())
                .contains(es.getProperty("hint.inspectionJoin").replace("{0}", es.getProperty("authority.US")));
        assertSpanish("officer-mx joined");
        screenshot("first-hour-05-officer-mx-joined-es");
        signOut();

        signIn("officer-us");
        openFromQueue(pedimento, id);
        driver.findElement(By.id("inspection-join")).click();
        assertThat(wait(By.id("inspection-status")).getText()).isEqualTo(es.getProperty("inspection.status.IN_PROGRESS"));
        List<String> lines = new Select(driver.findElement(By.id("line"))).getOptions().stream().map(WebElement::getText).toList();
        assertThat(lines).as("the whole shipment and the two declared lines").hasSize(3);
        new Select(driver.findElement(By.id("kind"))).selectByValue("NONE");
        new Select(driver.findElement(By.id("line"))).selectByValue("2");
        browser.type("description", FINDING);
        driver.findElement(By.id("finding-submit")).click();
        assertThat(wait(By.id("inspection-findings")).getText()).contains(FINDING);
        assertSpanish("officer-us finding");
        screenshot("first-hour-06-officer-us-finding-es");
        driver.findElement(By.id("inspection-end")).click();
        assertThat(wait(By.id("confirm-message")).getText()).isEqualTo(es.getProperty("confirm.end"));
        assertSpanish("confirm end");
        screenshot("first-hour-07-confirm-end-es");
        driver.findElement(By.id("confirm-yes")).click();
        assertThat(wait(By.id("inspection-status")).getText()).isEqualTo(es.getProperty("inspection.status.COMPLETED"));
        driver.findElement(By.id("decide-RELEASE")).click();
        assertThat(wait(By.id("my-decision")).getText()).isEqualTo(es.getProperty("decision.RELEASE"));
        assertThat(driver.findElement(By.id("waiting")).getText()).contains(es.getProperty("hint.releasedWaiting")
                .replace("{0}", es.getProperty("authority.US")).replace("{1}", es.getProperty("authority.MX")));
        assertSpanish("officer-us released");
        screenshot("first-hour-08-officer-us-released-es");
        signOut();

        signIn("officer-mx");
        openFromQueue(pedimento, id);
        driver.findElement(By.id("decide-RELEASE")).click();
        assertThat(wait(By.id("case-status")).getText()).isEqualTo(es.getProperty("status.RELEASED"));
        List<String> timeline = driver.findElements(By.cssSelector("#timeline li")).stream().map(WebElement::getText).toList();
        assertThat(timeline.getLast()).contains(es.getProperty("timeline.RELEASED"));
        assertThat(timeline.get(timeline.size() - 2)).as("the decision that caused the joint release comes before it")
                .contains(es.getProperty("timeline.DECISION"), es.getProperty("authority.MX"), es.getProperty("decision.RELEASE"));
        assertSpanish("jointly released");
        screenshot("first-hour-09-jointly-released-es");
        signOut();

        signIn("analyst");
        chartsDrawn();
        assertRevenueOfBothCountries();
        assertThat(driver.findElement(By.id("demo-rates-note")).getText()).contains(es.getProperty("dashboard.demoRates"));
        for (WebElement kpi : driver.findElements(By.cssSelector(".kpi .big"))) {
            String count = kpi.findElement(By.className("kpi-crossings")).getText();
            assertThat(kpi.getText()).as("noun agrees with the count").endsWith("1".equals(count) ? "operación conjunta" : "operaciones conjuntas");
        }
        assertSpanish("analyst dashboard");
        screenshot("first-hour-10-analyst-es");

        inEnglish(id, pedimento);
    }

    /** An administrator's rule: a US line of exactly {@link #RED_QUANTITY} goes to the red lane. */
    private void redLaneForTheOddQuantity() {
        ruleServerPort = port;
        ruleId = "FIRST_HOUR_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Http.Response rule = new Http(port).as("admin", "admin").post("/api/v1/risk/rules", """
                {"ruleId":"%s","authority":"US","description":"%s",
                 "when":[{"attribute":"quantity","operator":"EQ","values":["%s"]}],
                 "weight":6.0,"lane":"RED","validFrom":"2026-01-01T00:00:00Z","status":"ACTIVE","reason":"test"}
                """.formatted(ruleId, RULE_DESCRIPTION, RED_QUANTITY));
        assertThat(rule.status()).as(rule.body()).isEqualTo(201);
    }

    /** Signs in, opens the form from the menu, adds a line with three mistakes, fixes them all at once; [id, pedimento]. */
    private String[] brokerFilesTwoLinesInSpanish() {
        signIn("broker");
        assertSpanish("broker's crossings");
        driver.findElement(By.cssSelector("header nav a[href$='/console/broker/crossings/new']")).click();
        assertThat(wait(By.tagName("h1")).getText()).isEqualTo(es.getProperty("broker.new.title"));
        driver.findElement(By.id("add-line")).click();
        wait(By.id("lines1.mxTariffCode"));
        replace("lines1.mxTariffCode", "0804400100");
        replace("lines1.usTariffCode", "0804400040");
        replace("lines1.description", SECOND_LINE);
        replace("lines1.origin", "MX");
        replace("lines1.quantity", "diecisiete mil");
        replace("lines1.mxUnit", "KGM");
        replace("lines1.usUnit", "KGM");
        replace("lines1.value", "");
        replace("lines1.netWeightKg", RED_QUANTITY);
        replace("plate", "");
        replace("preference", "");   // no T-MEC certificate this time: the US duty is owed (US revenue for the analyst)
        assertSpanish("new filing, two lines");
        screenshot("first-hour-01-form-two-lines-es");

        driver.findElement(By.id("file-submit")).click();
        WebElement summary = wait(By.id("form-errors"));
        assertThat(summary.getText()).contains(es.getProperty("form.errors").replace("{0}", "3"));
        assertThat(driver.findElements(By.cssSelector("ul.errors li"))).as("each mistake once, all at once").hasSize(3);
        assertThat(driver.findElement(By.id("lines1.quantity-error")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("lines1.value-error")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("plate-error")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("lines1.description")).getAttribute("value")).isEqualTo(SECOND_LINE);
        assertSpanish("filing errors");
        screenshot("first-hour-02-all-errors-es");

        replace("lines1.quantity", RED_QUANTITY);
        replace("lines1.value", "41000");
        replace("plate", "45CD67");
        String pedimento = driver.findElement(By.id("pedimentoNumber")).getAttribute("value");
        driver.findElement(By.id("file-submit")).click();
        wait(By.id("case-status"));
        assertThat(driver.getCurrentUrl()).matches(".*/console/broker/crossings/[0-9a-f-]{36}$");
        String id = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        return new String[] {id, pedimento};
    }

    private void brokerSeesBothAssessments() {
        WebElement mx = wait(By.id("declaration-MX"));
        WebElement us = driver.findElement(By.id("declaration-US"));
        for (WebElement side : List.of(mx, us)) {
            assertThat(side.getText()).contains(es.getProperty("assessment.ASSESSED"))
                    .doesNotContain(es.getProperty("assessment.PENDING_REFERENCE_DATA"));
            assertThat(side.findElements(By.cssSelector("table tbody tr"))).as("parties and two lines").hasSizeGreaterThanOrEqualTo(2);
            assertThat(side.getText()).contains(SECOND_LINE);
        }
        assertThat(mx.findElement(By.cssSelector(".badge-demo")).getText()).isEqualTo("DEMO");
        assertThat(mx.findElement(By.cssSelector(".badge-demo")).getAttribute("title")).isEqualTo(es.getProperty("demo.badge.title"));
        // the US side carries the badge only when the MPF of a fiscal year not yet loaded is carried forward (date-dependent)
        us.findElements(By.cssSelector(".badge-demo")).forEach(b -> assertThat(b.getAttribute("title")).isEqualTo(es.getProperty("demo.badge.title")));
        assertThat(mx.findElement(By.tagName("tfoot")).getText()).matches("(?s).*\\d{1,3}(,\\d{3})*\\.\\d{2}.*");
        assertThat(us.getText()).as("taxes by name, not code").contains(es.getProperty("taxcode.DUTY")).doesNotContain("DUTY");
        assertSpanish("broker crossing filed");
        screenshot("first-hour-03-broker-filed-es");
    }

    /** From the officer's home (the queue): searches the pedimento and opens the crossing by its title. */
    private void openFromQueue(String pedimento, String id) {
        assertThat(wait(By.tagName("h1")).getText()).startsWith(es.getProperty("nav.queue"));
        browser.type("f-number", pedimento);
        driver.findElement(By.id("list-search")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector("#queue tbody tr")).size() == 1
                && !d.findElements(By.cssSelector("#queue a[href$='" + id + "']")).isEmpty());
        assertSpanish("queue searched by pedimento");
        screenshot("first-hour-04-queue-search-es");
        clickInList(By.cssSelector("#queue a[href$='" + id + "']"));
        assertThat(wait(By.id("case-id")).getText()).isEqualTo(id);
        assertSpanish("officer crossing");
    }

    private void assertRevenueOfBothCountries() {
        for (String chart : List.of("revenue-mx-tax", "revenue-us-tax")) {
            WebElement figure = driver.findElement(By.id("chart-" + chart));
            assertThat(figure.findElements(By.cssSelector(".nodata"))).as(chart + " has data").isEmpty();
            Number total = (Number) ((JavascriptExecutor) driver).executeScript("""
                    const ch = Chart.getChart(arguments[0]);
                    return ch.data.datasets.flatMap(d => d.data).map(Number).reduce((a, b) => a + b, 0);""",
                    figure.findElement(By.tagName("canvas")));
            assertThat(total.doubleValue()).as(chart + " total").isPositive();
        }
    }

    /** The key pages once more, after switching to English with the header's link. */
    private void inEnglish(String id, String pedimento) {
        driver.findElement(By.id("lang-en")).click();
        chartsDrawn();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(en.getProperty("dashboard.title"));
        assertRevenueOfBothCountries();
        assertEnglish("analyst dashboard");
        screenshot("first-hour-11-analyst-en");
        signOut();
        assertThat(wait(By.tagName("h1")).getText()).isEqualTo(en.getProperty("login.title"));

        signIn("broker");
        assertEnglish("broker's crossings");
        clickInList(By.cssSelector("a[href$='" + id + "']"));
        assertThat(wait(By.id("case-status")).getText()).isEqualTo(en.getProperty("status.RELEASED"));
        assertThat(driver.findElement(By.id("declaration-MX")).getText()).contains(en.getProperty("assessment.ASSESSED"));
        assertThat(driver.findElement(By.id("declaration-US")).getText()).as("taxes by name").contains(en.getProperty("taxcode.DUTY"));
        assertEnglish("broker crossing");
        screenshot("first-hour-12-broker-en");
        signOut();

        signIn("officer-us");
        browser.type("f-number", pedimento);
        new Select(driver.findElement(By.id("f-status"))).selectByValue("RELEASED");   // no longer waiting in the queue
        driver.findElement(By.id("list-search")).click();
        clickInList(By.cssSelector("#queue a[href$='" + id + "']"));
        assertThat(wait(By.id("case-status")).getText()).isEqualTo(en.getProperty("status.RELEASED"));
        assertEnglish("officer crossing");
        screenshot("first-hour-13-officer-en");
    }

    /** Clicks a link of a list that htmx refreshes every few seconds (a refresh between finding and clicking replaces it). */
    private static void clickInList(By link) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(link).click();
            return true;
        });
    }

    private void assertSpanish(String page) {
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(page).isEqualTo("es");
        assertThat(leaks.in(driver.getPageSource(), "es", ownData)).as("English in the Spanish page: " + page).isEmpty();
    }

    private void assertEnglish(String page) {
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(page).isEqualTo("en");
        assertThat(leaks.in(driver.getPageSource(), "en", ownData)).as("Spanish in the English page: " + page).isEmpty();
    }

    /** Signs in through the login form the browser is on (the first address, or the page after signing out). */
    private void signIn(String user) {
        wait(By.id("username"));
        browser.type("username", user);
        browser.type("password", user);
        driver.findElement(By.id("login-submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void signOut() {
        driver.findElement(By.id("logout")).click();
        wait(By.id("username"));
    }

    private void chartsDrawn() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            int all = d.findElements(By.cssSelector("canvas[data-chart]")).size();
            return all > 0 && d.findElements(By.cssSelector("canvas[data-drawn='true']")).size() == all;
        });
    }

    /** Selection and the inspection's scheduling run after the click: reloads (as a user would) until the element shows. */
    private static WebElement reloadUntil(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until((Function<WebDriver, WebElement>) d -> {
            List<WebElement> found = d.findElements(by);
            if (found.isEmpty()) {
                d.navigate().refresh();
                return null;
            }
            return found.getFirst();
        });
    }

    private static void replace(String id, String text) {
        WebElement e = driver.findElement(By.id(id));
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        e.clear();
        if (!text.isEmpty()) {
            e.sendKeys(text);
        }
    }

    private static WebElement wait(By by) {
        return browser.waitVisible(by);
    }

    private static void screenshot(String name) {
        browser.screenshot(name);
    }
}
