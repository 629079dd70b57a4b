package io.jointclear.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.HeadlessBrowser;
import io.jointclear.support.HeadlessChromium;
import io.jointclear.support.ListSeed;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The crossing lists in headless Chromium over 3,000 crossings of two agencies (ListSeed): a broker
 * pages, searches (never reaching the other agency's crossings), switches language and gets friendly
 * messages for a bad address; an officer's queue sorts by urgency, filters by status and pages to the
 * end; titles and numbers read as people write them. Skipped without /usr/bin/chromium and
 * /usr/bin/chromedriver; screenshots go to target/screenshots/lists-*.png.
 */
@DemoUsersIntegrationTest
@TestPropertySource(properties = "jointclear.test.context=lists")
@HeadlessBrowser(lang = "en-US", width = 1500, height = 1200)
class ListsBrowserIT {

    /** The seeded crossings' arrival window, so totals are exact. */
    private static final String SEEDED = "from=2030-12-31&to=2031-02-10"; // days in Mexico City time

    private static WebDriver driver;
    private static HeadlessChromium browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void useBrowser(HeadlessChromium chromium) {
        browser = chromium;
        driver = chromium.driver();
    }

    @BeforeEach
    void seed() {
        ListSeed.load(jdbc);
    }

    @Test
    void aBrokerPagesThroughTheirAgencysCrossingsWithTitlesAndFormattedNumbers() {
        signIn("broker");
        open("/console/broker/crossings?" + SEEDED + "&sort=expectedArrival&order=asc&size=25");
        long total = ListSeed.countOfAgency("aduanal-del-norte");
        assertThat(summary()).isEqualTo("1–25 of " + String.format("%,d", total) + " crossings. Times are local to each customs office.");
        List<WebElement> rows = driver.findElements(By.cssSelector("#crossings tbody tr"));
        assertThat(rows).hasSize(25);
        // crossing 0: northbound at Nuevo Laredo; its numbers grouped as people write them
        assertThat(rows.getFirst().getText()).contains("Northbound · Nuevo Laredo (240) → Laredo (2304)",
                "31 24 3456 1000000", "316-0000000-0", "2030-12-31 18:00 CST", "LS-0", "Importadora Semilla 0");
        assertThat(driver.findElement(By.id("sort-expectedArrival")).findElement(By.xpath("..")).getAttribute("aria-sort"))
                .isEqualTo("ascending");
        screenshot("lists-01-broker-first-page");

        // the whole list as CSV: every page, the same titles and numbers, no other agency's rows
        String csv = download(driver.findElement(By.id("list-csv")).getAttribute("href"));
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize((int) total + 1);
        assertThat(lines.getFirst()).isEqualTo("Crossing,Status,Expected arrival,Arrived,Pedimento,US entry,Plate,Importer,Lane,"
                + "MX total,US total");
        assertThat(lines.get(1)).isEqualTo("Northbound · Nuevo Laredo (240) → Laredo (2304),Filed,2030-12-31 18:00 CST,,"
                + "31 24 3456 1000000,316-0000000-0,LS-0,Importadora Semilla 0,,,");
        assertThat(csv).doesNotContain("31 24 3210 ", ",317-");

        driver.findElement(By.id("page-2")).click();
        waitForSummary("26–50 of ");
        assertThat(driver.getCurrentUrl()).as("the page is in the address (bookmarkable)").contains("page=2")
                .contains("from=2030-12-31");
        assertThat(driver.findElement(By.id("page-2")).getAttribute("aria-current")).isEqualTo("page");
        String lastPage = Long.toString((total + 24) / 25);
        driver.findElement(By.id("page-" + lastPage)).click();
        waitForSummary(String.format("%,d–%,d of ", (total - 1) / 25 * 25 + 1, total));
        assertThat(driver.findElements(By.id("page-next"))).isEmpty();
        screenshot("lists-02-broker-last-page");

        // a southbound crossing reads the other way: crossing 9
        open("/console/broker/crossings?number=31243456100000&sort=expectedArrival&order=asc");
        assertThat(driver.findElement(By.id("crossings")).getText()).contains("Southbound · El Paso (2402) → Ciudad Juárez (070)");
    }

    @Test
    void aBrokerSearchesByNumberPlateImporterAndDatesButNeverFindsAnotherAgencysCrossings() {
        signIn("broker");
        open("/console/broker/crossings");
        // another agency's pedimento, as people write it: nothing, as if it did not exist
        search("f-number", "31 24 3210 1000002");
        waitFor(By.id("list-empty"));
        assertThat(driver.findElement(By.id("list-empty")).getText()).isEqualTo("No crossing matches this search.");
        assertThat(driver.getCurrentUrl()).contains("number=31");
        search("f-number", "");
        search("f-plate", "ls-2");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("plate=ls-2"));
        waitFor(By.id("list-empty"));
        // its own, by entry number with dashes
        search("f-plate", "");
        search("f-number", "316-0000010");
        waitForSummary("1–1 of 1 ");
        assertThat(driver.findElement(By.id("crossings")).getText()).contains("31 24 3456 1000010");
        screenshot("lists-03-broker-search-number");

        search("f-number", "");
        driver.findElement(By.id("f-importer")).sendKeys("importadora semilla 7");
        setDate("f-from", "2031-01-03");
        setDate("f-to", "2031-01-03");
        driver.findElement(By.id("list-search")).click();
        // 2031-01-03 in Mexico City: 06:00Z on the 3rd to 06:00Z on the 4th, crossings 216 to 311 (i % 10 == 7, own agency)
        long expected = count(i -> i >= 216 && i <= 311 && i % 10 == 7 && i % 3 != 2);
        waitForSummary("1–" + expected + " of " + expected + " ");
        assertThat(driver.findElements(By.cssSelector("#crossings tbody tr"))).hasSize((int) expected)
                .allSatisfy(r -> assertThat(r.getText()).contains("Importadora Semilla 7")
                        // the range is Mexico City days; rows show the port's own clock, so at a Mountain or Pacific
                        // port the first hours of the 3rd (central) are late on the 2nd (local)
                        .containsPattern("2031-01-03|2031-01-02 2[23]:\\d\\d (MST|PST)"));
        screenshot("lists-04-broker-search-importer-dates");
    }

    @Test
    void aBadAddressIsExplainedInWordsAndTheListStillShows() {
        signIn("broker");
        open("/console/broker/crossings?page=abc&size=7&sort=amount;drop&from=2031-99-01&status=LOST&lang=es");
        WebElement problems = waitFor(By.id("list-problems"));
        assertThat(problems.getText()).contains("Se ignoraron algunos valores", "tamaño de página", "Ese orden no existe",
                "año-mes-día", "Ese estado no existe", "número de página");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mis cruces");
        assertThat(driver.findElements(By.cssSelector("#crossings tbody tr"))).hasSize(50);
        assertThat(driver.findElement(By.id("crossings")).getText()).contains("Rumbo al norte · ");
        assertThat(summary()).startsWith("1–50 de ");
        screenshot("lists-05-broker-bad-address-es");
        open("/console/broker/crossings?page=999&lang=en&" + SEEDED);
        assertThat(waitFor(By.id("list-problems")).getText()).contains("past the end of the list", "last page");
        assertThat(summary()).startsWith("1,951–2,000 of 2,000 ");
    }

    @Test
    void anOfficersQueueSortsByUrgencyFiltersByStatusAndPages() {
        signIn("officer-mx");
        open("/console/officer/queue?" + SEEDED);
        long waiting = count(i -> i % 7 <= 4);
        assertThat(summary()).startsWith("1–50 of " + String.format("%,d", waiting) + " crossings.");
        List<WebElement> rows = driver.findElements(By.cssSelector("#queue tbody tr"));
        assertThat(rows.getFirst().getText()).contains("Selected");
        assertThat(rows.getLast().getText()).contains("Selected");
        screenshot("lists-06-officer-queue");

        new Select(driver.findElement(By.id("f-status"))).selectByValue("HELD");
        driver.findElement(By.id("list-search")).click();
        long held = count(i -> i % 7 == 4);
        waitForSummary("1–50 of " + held + " ");
        assertThat(driver.findElements(By.cssSelector("#queue tbody tr")))
                .allSatisfy(r -> assertThat(r.getText()).contains("Held"));
        driver.findElement(By.id("page-next")).click();
        waitForSummary("51–100 of " + held + " ");
        assertThat(driver.getCurrentUrl()).contains("status=HELD").contains("page=2");
        // sorted by arrival from its column header
        driver.findElement(By.id("sort-arrived")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("sort=arrived"));
        screenshot("lists-07-officer-held-sorted");

        // a released crossing (of frontera-sur: officers see every agency's) is found by its plate though it left the queue
        open("/console/officer/queue?plate=LS-5");
        assertThat(driver.findElement(By.id("queue")).getText()).contains("Released", "LS-5");
        driver.findElement(By.cssSelector("#queue tbody tr a.title")).click();
        WebElement title = waitFor(By.id("case-title"));
        assertThat(title.getText()).isEqualTo("Northbound · Ciudad Juárez (070) → El Paso (2402)");
        assertThat(driver.getTitle()).isEqualTo(title.getText());
        assertThat(driver.findElement(By.id("declaration-MX")).getText()).contains("31 24 3210 1000005");
        assertThat(driver.findElement(By.id("declaration-US")).getText()).contains("317-0000005-0");
        screenshot("lists-08-officer-case-title");
    }

    private static String download(String href) {
        try {
            String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).header("Cookie", "JSESSIONID=" + session
                            + "; JC_LANG=en").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
            return answer.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void search(String field, String text) {
        WebElement e = driver.findElement(By.id(field));
        e.clear();
        e.sendKeys(text);
        driver.findElement(By.id("list-search")).click();
    }

    private static void setDate(String id, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1]",
                id, isoDate);
    }

    private static String summary() {
        return waitFor(By.id("list-summary")).getText().strip();
    }

    private static void waitForSummary(String start) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            List<WebElement> s = d.findElements(By.id("list-summary"));
            try {
                return !s.isEmpty() && s.getFirst().getText().startsWith(start);
            } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
                return false;
            }
        });
    }

    private static long count(IntPredicate seeded) {
        return IntStream.range(0, ListSeed.COUNT).filter(seeded).count();
    }

    private void signIn(String user) {
        browser.signIn(port, user, "en");
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private static WebElement waitFor(By by) {
        return browser.waitVisible(by);
    }

    private static void screenshot(String name) {
        browser.screenshot(name);
    }
}
