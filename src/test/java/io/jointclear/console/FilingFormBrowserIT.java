package io.jointclear.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.HeadlessBrowser;
import io.jointclear.support.HeadlessChromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A broker in headless Chromium, in Spanish: a three-line crossing with three mistakes, all reported
 * at once and corrected in one round, then amended before arrival. Skipped when /usr/bin/chromium or
 * /usr/bin/chromedriver is missing; screenshots go to target/screenshots/filing-*.png.
 */
@DemoUsersIntegrationTest
@HeadlessBrowser(lang = "es-MX", width = 1400, height = 2400)
class FilingFormBrowserIT {

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
    void threeLinesInSpanishCorrectedInOneRoundThenAmended() {
        signIn("broker");
        open("/console/broker/crossings/new?lang=es");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Registrar un cruce");
        // two more lines, swapped in by htmx
        driver.findElement(By.id("add-line")).click();
        wait(By.id("lines1.mxTariffCode"));
        driver.findElement(By.id("add-line")).click();
        wait(By.id("lines2.mxTariffCode"));
        assertThat(driver.findElement(By.id("line-2")).getText()).contains("Partida 3 de 3");
        fillLine(1, "Aguacate Hass, caja chica", "mucho");
        fillLine(2, "Aguacate Hass, granel", "3000");
        replace("lines2.mxTariffCode", "0804409999");
        replace("carrierScac", "");
        assertThat(driver.findElement(By.id("carrierScac-help")).getText()).contains("Obligatorio");
        screenshot("filing-01-three-lines-es");

        driver.findElement(By.id("file-submit")).click();
        WebElement summary = wait(By.id("form-errors"));
        assertThat(summary.getText()).contains("3 problema(s)");
        assertThat(driver.findElements(By.cssSelector("ul.errors li"))).hasSize(3);
        assertThat(driver.findElement(By.id("carrierScac-error")).getText()).contains("REQUIRED");
        assertThat(driver.findElement(By.id("lines1.quantity-error")).getText()).contains("No es un número");
        assertThat(driver.findElement(By.id("lines2.mxTariffCode-error")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("lines1.quantity")).getAttribute("value")).isEqualTo("mucho");
        screenshot("filing-02-all-errors-at-once-es");

        replace("carrierScac", "TDNM");
        replace("lines1.quantity", "1500");
        replace("lines2.mxTariffCode", "0804400100");
        driver.findElement(By.id("file-submit")).click();
        wait(By.id("case-status"));
        assertThat(driver.getCurrentUrl()).matches(".*/console/broker/crossings/[0-9a-f-]{36}$");
        assertThat(driver.findElement(By.id("declaration-MX")).getText()).contains("Aguacate Hass, granel");
        screenshot("filing-03-filed-es");

        driver.findElement(By.id("amend-crossing")).click();
        assertThat(wait(By.tagName("h1")).getText()).isEqualTo("Rectificar un cruce");
        assertThat(driver.findElement(By.id("lines2.description")).getAttribute("value")).isEqualTo("Aguacate Hass, granel");
        replace("lines2.quantity", "2800");
        replace("lines2.netWeightKg", "2800");
        screenshot("filing-04-amend-es");
        driver.findElement(By.id("file-submit")).click();
        wait(By.id("case-status"));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Cruce rectificado");
        screenshot("filing-05-amended-es");
    }

    private static void fillLine(int i, String description, String quantity) {
        String p = "lines" + i + ".";
        replace(p + "mxTariffCode", "0804400100");
        replace(p + "usTariffCode", "0804400040");
        replace(p + "description", description);
        replace(p + "origin", "MX");
        replace(p + "quantity", quantity);
        replace(p + "mxUnit", "KGM");
        replace(p + "usUnit", "KGM");
        replace(p + "value", "4000");
        replace(p + "netWeightKg", "1500");
    }

    private void signIn(String user) {
        browser.signIn(port, user, "es");
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
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
