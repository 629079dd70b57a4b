package io.jointclear.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.support.Http;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One regression test per reported cause of a 500 (issue 10) and per edge limit: each answer is a
 * 4xx RFC 9457 problem naming the field, and nothing is stored. Same context as {@link EdgeFuzzIT}.
 */
@DemoUsersIntegrationTest
@TestPropertySource(properties = {"jointclear.demo.enabled=false", "logging.level.io.jointclear.platform.web.ProblemHandler=off"})
class EdgeProblemsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOMATOES = EdgeMutations.resource("crossing-northbound-tomatoes.json");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private RawHttp.Answer send(String method, String target, String user, String contentType, byte[] body, String... headers)
            throws IOException {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n");
        if (user != null) {
            head.append("Authorization: Basic ")
                    .append(Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8))).append("\r\n");
        }
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        try (RawHttp http = new RawHttp(port)) {
            return http.exchange(head.toString().getBytes(StandardCharsets.ISO_8859_1), body, false);
        }
    }

    private RawHttp.Answer fileCrossing(String body) throws IOException {
        return send("POST", "/api/v1/crossings", "broker", "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    /** Asserts a problem+json in the platform's shape and returns it. */
    private static JsonNode problem(RawHttp.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(EdgeFuzzIT.judge(answer, false)).isNull();
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("code").asString()).as(answer.text()).isEqualTo(code);
        return problem;
    }

    private static String field(JsonNode problem) {
        return problem.get("errors").get(0).get("field").asString();
    }

    private static String withTomatoes(java.util.function.Consumer<ObjectNode> change) {
        ObjectNode crossing = (ObjectNode) JSON.readTree(TOMATOES);
        change.accept(crossing);
        return JSON.writeValueAsString(crossing);
    }

    private int crossings() {
        return jdbc.queryForObject("SELECT count(*) FROM clearance.crossing", Integer.class);
    }

    @Test
    void nullAndNonObjectBodiesAreBadRequests() throws IOException {
        int before = crossings();
        for (String body : new String[] {"null", "[1]", "\"crossing\"", "12", "true"}) {
            problem(fileCrossing(body), 400, "MALFORMED_JSON");
            problem(send("POST", "/api/v1/assessments", "broker", "application/json", body.getBytes(StandardCharsets.UTF_8)),
                    400, "MALFORMED_JSON");
            problem(send("POST", "/api/v1/crossings/batch", "broker", "application/json", body.getBytes(StandardCharsets.UTF_8)),
                    400, "MALFORMED_BATCH");
        }
        assertThat(crossings()).isEqualTo(before);
    }

    @Test
    void nonAsciiOrControlCharactersInHeadersAreBadRequests() throws IOException {
        byte[] body = TOMATOES.getBytes(StandardCharsets.UTF_8);
        // "café" and "日本" as UTF-8 bytes, which the container reads as ISO-8859-1
        JsonNode cafe = problem(send("POST", "/api/v1/crossings", "broker", "application/json", body,
                "Idempotency-Key: caf\u00c3\u00a9"), 400, "IDEMPOTENCY_KEY_INVALID");
        assertThat(field(cafe)).isEqualTo("Idempotency-Key");
        problem(send("POST", "/api/v1/crossings", "broker", "application/json", body,
                "Idempotency-Key: \u00e6\u0097\u00a5\u00e6\u009c\u00ac"), 400, "IDEMPOTENCY_KEY_INVALID");
        problem(send("POST", "/api/v1/crossings", "broker", "application/json", body,
                "Idempotency-Key: " + "k".repeat(256)), 400, "IDEMPOTENCY_KEY_INVALID");
        problem(send("GET", "/api/v1/crossings", "broker", null, null, "X-Note: \u0085"), 400, "MALFORMED_HEADER");
        problem(send("GET", "/api/v1/crossings", "broker", null, null, "Accept: */*;q=x"), 400, "MALFORMED_HEADER");
        // a control byte the container itself refuses: still a problem, not its HTML page
        assertThat(EdgeFuzzIT.judge(send("GET", "/api/v1/crossings", "broker", null, null, "X-Note: a\u0001b"), false)).isNull();
    }

    @Test
    void invalidPercentEncodingInQueryOrPathIsABadRequest() throws IOException {
        JsonNode query = problem(send("GET", "/api/v1/crossings?usPort=%ff", "officer-mx", null, null), 400, "MALFORMED_QUERY");
        assertThat(field(query)).isEqualTo("usPort");
        problem(send("GET", "/api/v1/crossings?usPort=a%00b", "officer-mx", null, null), 400, "MALFORMED_QUERY");
        problem(send("GET", "/api/v1/reference/exchange-rates/USD/MXN?date=%c3%28", null, null, null), 400, "MALFORMED_QUERY");
        RawHttp.Answer path = send("GET", "/api/v1/crossings/%ff", "officer-mx", null, null);
        assertThat(path.status()).isEqualTo(400);
        assertThat(EdgeFuzzIT.judge(path, false)).isNull();
    }

    @Test
    void nulCharacterInAnyStringIsABadRequestNamingTheField() throws IOException {
        int before = crossings();
        JsonNode driver = problem(fileCrossing(withTomatoes(c -> ((ObjectNode) c.get("driver")).put("name", "Juan\u0000Pérez"))),
                400, "NUL_CHARACTER");
        assertThat(field(driver)).isEqualTo("driver.name");
        JsonNode line = problem(fileCrossing(TOMATOES.replace("Tomate roma", "Tomate\\u0000roma")), 400, "NUL_CHARACTER");
        assertThat(field(line)).isEqualTo("declarations[0].lines[0].description");
        assertThat(crossings()).isEqualTo(before);
        JsonNode csv = problem(send("PUT", "/api/v1/reference/tariff/MX/rates", "admin", "text/csv",
                "fraccion,igi,ige,valid_from,valid_to,source\n85171301,5,Ex.,2026-01-01,,a\u0000b\n".getBytes(StandardCharsets.UTF_8)),
                400, "NUL_CHARACTER");
        assertThat(field(csv)).isEqualTo("line[2]");
    }

    @Test
    void datesOutsideTheCenturiesTheLawCoversAreRefusedNamingTheField() throws IOException {
        for (String date : new String[] {"+10000-03-10", "1899-12-31", "2200-01-01"}) {
            JsonNode problem = problem(fileCrossing(TOMATOES.replaceFirst("\"date\": \"2026-03-10\"", "\"date\": \"" + date + "\"")),
                    422, "DATE_OUT_OF_RANGE");
            assertThat(field(problem)).isEqualTo("declarations[0].date");
        }
        JsonNode arrival = problem(fileCrossing(TOMATOES.replace("2026-03-10T14:30:00-06:00", "+10000-03-10T14:30:00-06:00")),
                422, "DATE_OUT_OF_RANGE");
        assertThat(field(arrival)).isEqualTo("expectedArrival");
    }

    @Test
    void numbersBeyondWhatTheDatabaseAndEngineHoldAreRefusedAtTheEdge() throws IOException {
        int before = crossings();
        for (String huge : new String[] {"1e999999999", "1e3000000", "-1e3000000", "1e-999999999"}) {
            RawHttp.Answer answer = fileCrossing(TOMATOES.replaceFirst("\"value\": 21600.0", "\"value\": " + huge));
            JsonNode problem = problem(answer, 400, "NUMBER_OUT_OF_RANGE");
            assertThat(field(problem)).isEqualTo("declarations[0].lines[0].value");
            assertThat(answer.body().length).as("no amplification").isLessThan(2_000);
        }
        RawHttp.Answer quote = send("POST", "/api/v1/assessments", "broker", "application/json",
                EdgeMutations.resource("assessment-us-tshirts.json").replace("48000.0", "1e3000000").getBytes(StandardCharsets.UTF_8));
        assertThat(problem(quote, 400, "NUMBER_OUT_OF_RANGE").toString()).contains("lines[0].value");
        // 1e20 reads as a number, but no column downstream holds it: the declaration's rule refuses it
        JsonNode big = problem(fileCrossing(TOMATOES.replaceFirst("\"value\": 21600.0", "\"value\": 1e20")), 422, "CROSSING_INVALID");
        assertThat(big.get("errors").toString()).contains("declarations[0].lines[0].value", "AMOUNT_OUT_OF_RANGE");
        JsonNode quantity = problem(fileCrossing(TOMATOES.replaceFirst("\"value\": 18000", "\"value\": 1e13")), 422, "CROSSING_INVALID");
        assertThat(quantity.get("errors").toString()).contains("declarations[0].lines[0].quantity.value", "AMOUNT_OUT_OF_RANGE");
        assertThat(crossings()).isEqualTo(before);
    }

    @Test
    void measureNumbersBeyondTheirColumnsAreRefusedNamingTheField() throws IOException {
        String measure = "{\"ruleId\":\"MX.EDGE.1\",\"authority\":\"MX\",\"taxCode\":\"DTA\",\"kind\":\"PER_MILLE\",\"rate\":RATE,"
                + "\"currency\":\"MXN\",\"tariffPrefixes\":[\"*\"],\"claves\":[\"IMP:A1\"],\"validFrom\":\"2027-01-01\","
                + "\"legalBasis\":\"test\",\"source\":\"test\",\"confidence\":\"LOW\",\"reason\":\"edge test\"}";
        // rate is numeric(12, 6): 1e7 overflowed the column (a 500 before)
        for (String rate : new String[] {"1e7", "1e20", "0.0000001"}) {
            JsonNode problem = problem(send("POST", "/api/v1/tariff/measures", "admin", "application/json",
                    measure.replace("RATE", rate).getBytes(StandardCharsets.UTF_8)), 400, "INVALID_MEASURE");
            assertThat(field(problem)).isEqualTo("rate");
        }
    }

    @Test
    void jsonEndpointsTakeOnlyJson() throws IOException {
        int before = crossings();
        problem(send("POST", "/api/v1/crossings", "broker", "application/x-www-form-urlencoded",
                "direction=NORTHBOUND".getBytes(StandardCharsets.UTF_8)), 415, "HTTP_415");
        problem(send("POST", "/api/v1/crossings", "broker", "text/plain", TOMATOES.getBytes(StandardCharsets.UTF_8)), 415, "HTTP_415");
        problem(send("POST", "/api/v1/crossings/batch", "broker", "text/plain", "{}".getBytes(StandardCharsets.UTF_8)), 415, "HTTP_415");
        problem(send("POST", "/api/v1/assessments", "broker", "text/plain", "{}".getBytes(StandardCharsets.UTF_8)), 415, "HTTP_415");
        assertThat(crossings()).isEqualTo(before);
        // the CSV imports stay on text/csv
        problem(send("PUT", "/api/v1/reference/exchange-rates/USD/MXN", "admin", "application/json",
                "{}".getBytes(StandardCharsets.UTF_8)), 415, "HTTP_415");
    }

    @Test
    void requestsBeyondTheSizeLimitAre413AndLongStringsAre422() throws IOException {
        int before = crossings();
        String fiveMegabytes = withTomatoes(c -> ((ObjectNode) c.get("driver")).put("name", "x".repeat(5_000_000)));
        problem(fileCrossing(fiveMegabytes), 413, "REQUEST_TOO_LARGE");
        // without a Content-Length the body is counted as it is read
        StringBuilder chunked = new StringBuilder();
        byte[] bytes = fiveMegabytes.getBytes(StandardCharsets.UTF_8);
        try (RawHttp http = new RawHttp(port)) {
            String head = "POST /api/v1/crossings HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\nAuthorization: Basic " + Base64.getEncoder().encodeToString("broker:broker".getBytes()) + "\r\n";
            chunked.append(Integer.toHexString(bytes.length)).append("\r\n");
            byte[] prefix = chunked.toString().getBytes(StandardCharsets.US_ASCII);
            byte[] body = new byte[prefix.length + bytes.length + 7];
            System.arraycopy(prefix, 0, body, 0, prefix.length);
            System.arraycopy(bytes, 0, body, prefix.length, bytes.length);
            System.arraycopy("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0, body, prefix.length + bytes.length, 7);
            problem(http.exchange(head.getBytes(StandardCharsets.US_ASCII), body, false), 413, "REQUEST_TOO_LARGE");
        }
        JsonNode name = problem(fileCrossing(withTomatoes(c -> ((ObjectNode) c.get("driver")).put("name", "x".repeat(5_000)))),
                422, "TOO_LONG");
        assertThat(field(name)).isEqualTo("driver.name");
        assertThat(crossings()).isEqualTo(before);
    }

    @Test
    void unknownPropertiesAreBadRequestsNamingTheProperty() throws IOException {
        JsonNode top = problem(fileCrossing(TOMATOES.replace("\"usPort\"", "\"usPrt\"")), 400, "UNKNOWN_PROPERTY");
        assertThat(field(top)).isEqualTo("usPrt");
        JsonNode nested = problem(fileCrossing(TOMATOES.replace("\"netWeightKg\": 18000\n        }\n      ]\n    },",
                "\"netWeightKg\": 18000, \"netWeigth\": 1\n        }\n      ]\n    },")), 400, "UNKNOWN_PROPERTY");
        assertThat(field(nested)).isEqualTo("declarations[0].lines[0].netWeigth");
        problem(send("POST", "/api/v1/assessments", "broker", "application/json",
                "{\"authority\":\"US\",\"colour\":\"red\"}".getBytes(StandardCharsets.UTF_8)), 400, "UNKNOWN_PROPERTY");
        JsonNode batch = problem(send("POST", "/api/v1/crossings/batch", "broker", "application/json",
                ("{\"crossings\":[{\"idempotencyKey\":\"k\",\"crosing\":" + TOMATOES + "}]}").getBytes(StandardCharsets.UTF_8)),
                400, "UNKNOWN_PROPERTY");
        assertThat(field(batch)).isEqualTo("crossings[0].crosing");
    }

    @Test
    void everyErrorOfTheContainerAndFrameworkIsAProblem() throws IOException {
        problem(send("GET", "/error", null, null, null), 404, "HTTP_404");
        problem(send("GET", "/error", "broker", null, null), 404, "HTTP_404");
        problem(send("GET", "/api/v1/no-such-thing", "broker", null, null), 404, "HTTP_404");
        problem(send("DELETE", "/api/v1/crossings", "broker", null, null), 405, "HTTP_405");
        problem(send("GET", "/api/v1/crossings", "officer-mx", null, null, "Accept: text/csv"), 406, "HTTP_406");
        problem(send("GET", "/api/v1/crossings/not-a-uuid", "officer-mx", null, null), 400, "MALFORMED_PARAMETER");
        // a request line Tomcat cannot parse never reaches Spring
        try (RawHttp http = new RawHttp(port)) {
            RawHttp.Answer bad = http.exchange("GET /api/v1/crossings/a\u0000b HTTP/1.1\r\nHost: localhost\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1), null, false);
            assertThat(bad.status()).isEqualTo(400);
            assertThat(EdgeFuzzIT.judge(bad, false)).isNull();
        }
        // the contract's own document is still accepted as it is
        Http.Response quote = new Http(port).as("broker", "broker").post("/api/v1/assessments",
                EdgeMutations.resource("assessment-us-tshirts.json"));
        assertThat(quote.status()).as(quote.body()).isEqualTo(200);
    }
}
