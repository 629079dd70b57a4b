package io.jointclear.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/**
 * Without demonstration rates (production), an assessment that lacks a Mexican rate or the FIX is
 * refused with a problem addressed to whoever asked: the administrator is told the import to run, the
 * broker that the customs office has not loaded it yet (and no API instruction), the officer that an
 * administrator must load it — in English or Spanish.
 */
@DemoUsersIntegrationTest
class MissingReferenceDataIT {

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;

    /** Fresh tomatoes: no IGI rate ships (and these tests never import one). */
    private String noRate() throws IOException {
        return resource("tariff/assessment-mx-diesel-usmca.json").replace("2710199903", "0702000304")
                .replace("\"LTR\"", "\"KGM\"");
    }

    /** The same document without a declared exchange rate, on a date after the shipped FIX series. */
    private String noFix() throws IOException {
        return resource("tariff/assessment-mx-diesel-usmca.json").replace("\"exchangeRate\": 18.0000,", "")
                .replace("2026-03-10", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1).toString());
    }

    private JsonNode refuse(String user, String language, String body) {
        Http.Response r = new Http(port).as(user, user).header("Accept-Language", language).post("/api/v1/assessments", body);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.contentType()).contains("application/problem+json");
        return r.json();
    }

    @Test
    void theAdministratorIsToldWhichImportLoadsTheMissingRate() throws IOException {
        JsonNode p = refuse("admin", "en", noRate());
        assertThat(p.get("code").asString()).isEqualTo("RATE_NOT_LOADED");
        assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("lines[0].tariffCode");
        assertThat(p.get("errors").get(0).get("message").asString())
                .contains("07020003", "2026-03-10", "PUT /api/v1/reference/tariff/MX/rates");
        assertThat(refuse("admin", "es", noRate()).get("detail").asString())
                .startsWith("No hay tasa IGI/IGE cargada para la fracción 07020003 al 2026-03-10").contains("Cárguela como administrador");
    }

    @Test
    void theBrokerIsToldTheCustomsOfficeHasNotLoadedItWithoutAnyApiInstruction() throws IOException {
        JsonNode en = refuse("broker", "en", noRate());
        assertThat(en.get("code").asString()).isEqualTo("RATE_NOT_LOADED");
        assertThat(en.get("detail").asString())
                .contains("The customs office has not yet loaded the rate of fracción 07020003 for 2026-03-10")
                .doesNotContain("PUT", "/api/");
        JsonNode es = refuse("broker", "es", noRate());
        assertThat(es.get("errors").get(0).get("message").asString())
                .isEqualTo("La aduana todavía no ha cargado la tasa de la fracción 07020003 para el 2026-03-10. "
                        + "La liquidación se completará en cuanto se cargue; usted no tiene que hacer nada.");
    }

    @Test
    void anOfficerIsToldAnAdministratorMustLoadIt() throws IOException {
        assertThat(refuse("officer-mx", "en", noRate()).get("detail").asString())
                .contains("fracción 07020003", "an administrator has to load it").doesNotContain("PUT");
    }

    @Test
    void aMissingExchangeRateIsWordedPerRoleToo() throws IOException {
        String date = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1).toString();
        JsonNode admin = refuse("admin", "en", noFix());
        assertThat(admin.get("code").asString()).isEqualTo("DATE_OUTSIDE_REFERENCE_DATA");
        assertThat(admin.get("detail").asString()).contains(date, "PUT /api/v1/reference/exchange-rates/USD/MXN");
        assertThat(refuse("broker", "es", noFix()).get("detail").asString())
                .contains("La aduana todavía no ha cargado el tipo de cambio (FIX) para el " + date).doesNotContain("PUT");
    }

    static String resource(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
