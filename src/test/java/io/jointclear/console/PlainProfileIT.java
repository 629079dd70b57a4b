package io.jointclear.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.Http;
import io.jointclear.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Outside the demo profile: the filing form starts empty (no demo broker's data), and the OpenAPI
 * description is titled and carries the build's version. One broker configured as in production.
 */
@IntegrationTest
@TestPropertySource(properties = {
        "jointclear.security.agencies[0].id=agencia-prueba",
        "jointclear.security.agencies[0].name=Agencia de Prueba",
        "jointclear.security.agencies[0].patentes[0]=3999",
        "jointclear.security.agencies[0].filer-codes[0]=399",
        "jointclear.security.users[0].username=mgarcia",
        "jointclear.security.users[0].password=mgarcia",
        "jointclear.security.users[0].roles[0]=BROKER",
        "jointclear.security.users[0].agency=agencia-prueba"})
class PlainProfileIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theFilingFormStartsEmptyWithoutTheDemo() throws Exception {
        assertThat(context.getBeanProvider(FilingFormDefaults.class).getIfAvailable()).isNull();
        String form = new ConsoleSession(port, "mgarcia").get("/console/broker/crossings/new?lang=en").body();
        assertThat(form).contains("id=\"crossing-form\"", "name=\"carrierScac\" value=\"\"", "name=\"lines[0].mxTariffCode\" value=\"\"")
                .doesNotContain("TDNM", "Transportes del Norte", "0804400100", "Aguacates", "3456");
    }

    @Test
    void theOpenApiDescriptionIsTitledAndVersioned() {
        var info = new Http(port).get("/v3/api-docs").json().get("info");
        assertThat(info.get("title").asString()).isEqualTo("JointClear API");
        // the Maven project's version, filtered into the build
        assertThat(info.get("version").asString()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(info.get("description").asString()).contains("pedimento", "RFC 9457");
        var filing = new Http(port).get("/v3/api-docs").json().get("paths").get("/api/v1/crossings").get("post");
        assertThat(filing.get("summary").asString()).isEqualTo("File a crossing");
        assertThat(filing.get("requestBody").get("content").get("application/json").get("examples").has("northboundTomatoes")).isTrue();
    }
}
