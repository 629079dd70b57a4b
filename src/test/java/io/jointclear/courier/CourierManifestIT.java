package io.jointclear.courier;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.support.DemoUsersIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Courier manifests over HTTP against the real embedded PostgreSQL, with the demo users. */
@DemoUsersIntegrationTest
class CourierManifestIT {

    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final String PATH = "/api/v1/courier/manifests";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newHttpClient();

    record Answer(int status, String body, String replayed) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private Answer send(String user, String method, String path, String type, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes()))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Idempotent-Replayed").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer post(String user, String json, String... headers) {
        return send(user, "POST", PATH, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
    }

    private Answer get(String user, String path) {
        return send(user, "GET", path, null, null);
    }

    private static String consignment(String guide, String rfc, String origin, String value) {
        return """
                {"guide":"%s","consignee":{"name":"Ana López %s","rfc":"%s","address":"Av. Juárez 10, Saltillo"},
                 "shipper":{"name":"Store"},"origin":"%s","description":"phone case","quantity":1,"weightKg":0.4,
                 "value":%s,"currency":"USD"}""".formatted(guide, rfc, rfc, origin, value);
    }

    private static String manifest(String date, String... consignments) {
        return "{\"direction\":\"SOUTHBOUND\",\"customsOffice\":\"240\",\"date\":\"" + date + "\",\"consignments\":["
                + String.join(",", consignments) + "]}";
    }

    private static String guide() {
        return "G" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theBriefsWorkedExamplesAfter15August2025() {
        String cn = guide(), us100 = guide(), us40 = guide();
        Answer filed = post("courier", manifest("2025-09-01",
                consignment(cn, "LOPA800101AB1", "CN", "500.00"),
                consignment(us100, "LOPB800101AB1", "US", "100"),
                consignment(us40, "LOPC800101AB1", "US", "40")));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonNode answer = filed.json();
        assertThat(answer.get("accepted").asInt()).isEqualTo(3);
        assertThat(answer.get("rejected")).isEmpty();
        String id = answer.get("manifestId").asString();

        JsonNode china = get("courier", PATH + "/" + id + "/consignments?guide=" + cn).json();
        assertThat(china.get("rateBand").asString()).isEqualTo("RATE_33_5");
        assertThat(china.get("rate").decimalValue()).isEqualByComparingTo("0.335");
        assertThat(china.get("taxes").get(0).get("code").asString()).isEqualTo("TASA_GLOBAL");
        assertThat(china.get("taxes").get(0).get("amount").decimalValue()).isEqualByComparingTo("167.50");
        assertThat(china.get("taxes").get(0).get("currency").asString()).isEqualTo("USD");
        assertThat(china.get("flags")).isEmpty();

        JsonNode hundred = get("courier", PATH + "/" + id + "/consignments?guide=" + us100).json();
        assertThat(hundred.get("rate").decimalValue()).isEqualByComparingTo("0.17");
        assertThat(hundred.get("taxes").get(0).get("amount").decimalValue()).isEqualByComparingTo("17.00");

        JsonNode forty = get("courier", PATH + "/" + id + "/consignments?guide=" + us40).json();
        assertThat(forty.get("rateBand").asString()).isEqualTo("EXEMPT");
        assertThat(forty.get("rate").decimalValue()).isEqualByComparingTo("0");
        assertThat(forty.get("taxes").get(0).get("code").asString()).isEqualTo("DTA");
        assertThat(forty.get("taxes").get(0).get("amount").decimalValue()).isEqualByComparingTo("425.44");
        assertThat(forty.get("taxes").get(0).get("currency").asString()).isEqualTo("MXN");

        JsonNode totals = answer.get("totals");
        assertThat(totals.get("declaredValueUsd").decimalValue()).isEqualByComparingTo("640.00");
        assertThat(totals.get("byRateBand").get("RATE_33_5").get("taxUsd").decimalValue()).isEqualByComparingTo("167.50");
        JsonNode summary = get("officer-mx", PATH + "/" + id).json();
        assertThat(summary.get("totals").get("accepted").asInt()).isEqualTo(3);
    }

    @Test
    void northboundEveryConsignmentIsAnEntryAfter29August2025AssessedByTheTariffEngine() {
        // 2025-10-15: in FY2026, whose informal-entry MPF is loaded (FY2025's is not: such entries are refused per consignment)
        String tshirt = guide(), noHts = guide();
        String body = "{\"direction\":\"NORTHBOUND\",\"customsOffice\":\"2304\",\"date\":\"2025-10-15\",\"consignments\":["
                + consignment(tshirt, "LOPA800101AB1", "CN", "60.00").replace("\"quantity\"", "\"hsCode\":\"6109100012\",\"quantity\"")
                + "," + consignment(noHts, "LOPB800101AB1", "MX", "30.00") + "]}";
        Answer filed = post("courier", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonNode answer = filed.json();
        assertThat(answer.get("accepted").asInt()).as(filed.body()).isEqualTo(1);
        assertThat(answer.get("rejected").get(0).get("errors").get(0).get("code").asString()).isEqualTo("HS_CODE_REQUIRED");
        JsonNode entry = get("courier", PATH + "/" + answer.get("manifestId").asString() + "/consignments?guide=" + tshirt).json();
        assertThat(entry.get("rateBand").asString()).isEqualTo("INFORMAL_11");
        assertThat(entry.get("legalBasis").asString()).contains("EO 14324");
        List<String> codes = new ArrayList<>();
        entry.get("taxes").forEach(t -> codes.add(t.get("code").asString()));
        assertThat(codes).as(entry.toString()).contains("DUTY", "MPF"); // chapter 99 (IEEPA, 301 …) as the engine decides for the date and origin
        entry.get("taxes").forEach(t -> assertThat(t.get("currency").asString()).isEqualTo("USD"));
        assertThat(entry.get("rate").decimalValue()).isPositive();

        // before the suspension a USD 30 Mexican parcel was de minimis: no entry, no HTS needed
        // (the Chinese parcel was not: de minimis ended for China on 2025-05-02 — an entry 11, whose FY2025 MPF is not loaded)
        Answer before = post("courier", body.replace("2025-10-15", "2025-08-28"));
        String beforeId = before.json().get("manifestId").asString();
        JsonNode deMinimis = get("courier", PATH + "/" + beforeId + "/consignments?guide=" + noHts).json();
        assertThat(deMinimis.get("rateBand").asString()).isEqualTo("DE_MINIMIS");
        assertThat(deMinimis.get("rate").decimalValue()).isEqualByComparingTo("0");
        Answer chinese = get("courier", PATH + "/" + beforeId + "/consignments?guide=" + tshirt);
        if (chinese.status() == 200) {
            assertThat(chinese.json().get("rateBand").asString()).isEqualTo("INFORMAL_11");
        } else {
            assertThat(before.json().get("rejected").get(0).get("guide").asString()).isEqualTo(tshirt);
            assertThat(before.json().get("rejected").get(0).get("errors").get(0).get("code").asString()).isEqualTo("US_ASSESSMENT_FAILED");
        }
    }

    @Test
    void theSameChinaParcelBefore15AugustPays19Percent() {
        String cn = guide();
        Answer filed = post("courier", manifest("2025-08-14", consignment(cn, "LOPA800101AB1", "CN", "500.00")));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonNode c = get("courier", PATH + "/" + filed.json().get("manifestId").asString() + "/consignments?guide=" + cn).json();
        assertThat(c.get("rateBand").asString()).isEqualTo("RATE_19");
        assertThat(c.get("taxes").get(0).get("amount").decimalValue()).isEqualByComparingTo("95.00");
    }

    @Test
    void thresholdsAddUpPerConsignee() {
        // two USD 40 US parcels to one RFC are USD 80 for that consignee: 17 %, not exempt
        String a = guide(), b = guide(), other = guide();
        Answer filed = post("courier", manifest("2025-09-01",
                consignment(a, "SAME800101AB1", "US", "40"),
                consignment(b, "SAME800101AB1", "US", "40"),
                consignment(other, "OTRO800101AB1", "US", "40")));
        String id = filed.json().get("manifestId").asString();
        JsonNode first = get("courier", PATH + "/" + id + "/consignments?guide=" + a).json();
        assertThat(first.get("rateBand").asString()).isEqualTo("RATE_17");
        assertThat(first.get("consigneeValueUsd").decimalValue()).isEqualByComparingTo("80");
        assertThat(first.get("taxes").get(0).get("amount").decimalValue()).isEqualByComparingTo("6.80");
        assertThat(get("courier", PATH + "/" + id + "/consignments?guide=" + other).json().get("rateBand").asString())
                .isEqualTo("EXEMPT");
    }

    @Test
    void everyErrorOfEveryBadConsignmentAtOnceTheGoodOnesStored() {
        String good = guide();
        String bad = """
                {"consignee":{"name":"","address":"x"},"shipper":{"name":"s"},"origin":"XX","description":"gift",
                 "quantity":1.5,"weightKg":-1,"value":"ten","currency":"EUR","colour":"red"}""";
        String alcohol = consignment(guide(), "LOPA800101AB1", "FR", "30").replace("\"quantity\"", "\"hsCode\":\"220421\",\"quantity\"");
        Answer filed = post("courier", manifest("2025-09-01", consignment(good, "LOPA800101AB1", "US", "60"), bad, alcohol));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonNode answer = filed.json();
        assertThat(answer.get("accepted").asInt()).isEqualTo(1);
        JsonNode rejected = answer.get("rejected");
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(0).get("index").asInt()).isEqualTo(1);
        List<String> errors = new ArrayList<>();
        rejected.get(0).get("errors").forEach(e -> errors.add(e.get("field").asString() + ":" + e.get("code").asString()));
        assertThat(errors).containsExactlyInAnyOrder("colour:UNKNOWN_FIELD", "value:WRONG_TYPE", "guide:REQUIRED",
                "consignee.name:REQUIRED", "consignee.rfc:RFC_REQUIRED", "origin:ORIGIN_INVALID", "quantity:QUANTITY_INVALID",
                "weightKg:WEIGHT_INVALID", "currency:CURRENCY_INVALID");
        rejected.get(0).get("errors").forEach(e -> assertThat(e.get("message").asString()).isNotBlank().isNotEqualTo(e.get("code").asString()));
        assertThat(rejected.get(1).get("errors").get(0).get("code").asString()).isEqualTo("REGULAR_PEDIMENTO_REQUIRED");
        assertThat(rejected.get(1).get("errors").get(0).get("field").asString()).isEqualTo("hsCode");
        String id = answer.get("manifestId").asString();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM courier.consignment WHERE manifest_id = ?::uuid", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void csvRowsAreCheckedLikeJsonAndABrokenCsvIsRefusedWhole() {
        String good = guide();
        String csv = "guide,consigneeName,consigneeRfc,consigneeAddress,shipperName,origin,description,quantity,weightKg,value,currency\r\n"
                + good + ",\"López, Ana\",LOPA800101AB1,\"Av. Juárez 10, Saltillo\",Store,CN,\"case \"\"XL\"\"\",1,0.4,500.00,USD\r\n"
                + ",Ana,,Calle 1,Store,ZZ,gift,two,0.4,-3,USD\r\n"
                + "short,row\r\n";
        Answer filed = send("courier", "POST", PATH + "?direction=SOUTHBOUND&customsOffice=240&date=2025-09-01", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().get("accepted").asInt()).isEqualTo(1);
        List<String> errors = new ArrayList<>();
        filed.json().get("rejected").get(0).get("errors").forEach(e -> errors.add(e.get("field").asString() + ":" + e.get("code").asString()));
        assertThat(errors).containsExactlyInAnyOrder("guide:REQUIRED", "consignee.rfc:RFC_REQUIRED", "origin:ORIGIN_INVALID",
                "quantity:WRONG_TYPE", "value:VALUE_INVALID");
        assertThat(filed.json().get("rejected").get(1).get("errors").get(0).get("code").asString()).isEqualTo("CSV_MALFORMED");
        JsonNode c = get("courier", PATH + "/" + filed.json().get("manifestId").asString() + "/consignments?guide=" + good).json();
        assertThat(c.get("taxes").get(0).get("amount").decimalValue()).isEqualByComparingTo("167.50");

        Answer unknownColumn = send("courier", "POST", PATH + "?direction=SOUTHBOUND&customsOffice=240&date=2025-09-01", "text/csv",
                "guide,colour\r\nA1,red\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(unknownColumn.status()).isEqualTo(400);
        Answer openQuote = send("courier", "POST", PATH + "?direction=SOUTHBOUND&customsOffice=240&date=2025-09-01", "text/csv",
                "guide\r\n\"A1\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(openQuote.status()).isEqualTo(400);
        assertThat(send("courier", "POST", PATH, "text/csv", csv.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(422);
    }

    @Test
    void messagesInSpanishWhenAskedFor() {
        Answer filed = send("courier", "POST", PATH, "application/json", manifest("2025-09-01",
                consignment(guide(), "LOPA800101AB1", "US", "60").replace("\"USD\"", "\"EUR\"")).getBytes(StandardCharsets.UTF_8),
                "Accept-Language", "es-MX");
        assertThat(filed.json().get("rejected").get(0).get("errors").get(0).get("message").asString()).contains("No se acepta la moneda");
    }

    @Test
    void aBrokenHeaderRefusesTheWholeManifestWithEveryHeaderError() {
        Answer refused = post("courier", "{\"direction\":\"EAST\",\"customsOffice\":\"999\",\"date\":\"2025-02-30\",\"consignments\":[]}");
        assertThat(refused.status()).isEqualTo(422);
        List<String> codes = new ArrayList<>();
        refused.json().get("errors").forEach(e -> codes.add(e.get("field").asString() + ":" + e.get("code").asString()));
        assertThat(codes).contains("direction:DIRECTION_INVALID", "date:DATE_INVALID", "consignments:NO_CONSIGNMENTS");
        assertThat(post("courier", "{\"direction\":\"SOUTHBOUND\",").status()).isEqualTo(400);
        assertThat(post("courier", "[1,2]").status()).isEqualTo(400);
    }

    @Test
    void replayingAKeyGivesTheSameAnswerAndNeverDuplicates() {
        String body = manifest("2025-09-01", consignment(guide(), "LOPA800101AB1", "CN", "12.34"),
                consignment(guide(), "LOPB800101AB1", "US", "99.99"));
        String key = "manifest-" + UUID.randomUUID();
        Answer first = post("courier", body, "Idempotency-Key", key);
        Answer again = post("courier", body, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.replayed()).isEqualTo("true");
        String id = first.json().get("manifestId").asString();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM courier.manifest WHERE idempotency_key = ?", Integer.class, key)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM courier.consignment WHERE manifest_id = ?::uuid", Integer.class, id)).isEqualTo(2);

        Answer other = post("courier", body.replace("12.34", "12.35"), "Idempotency-Key", key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        // another courier company's key space is its own
        Answer elsewhere = post("courier2", body, "Idempotency-Key", key);
        assertThat(elsewhere.status()).isEqualTo(201);
        assertThat(elsewhere.json().get("manifestId").asString()).isNotEqualTo(id);
    }

    @Test
    void onlyItsCourierAndOfficialsReadAManifestAndOnlyCouriersFile() {
        String g = guide();
        String body = manifest("2025-09-01", consignment(g, "LOPA800101AB1", "CN", "10"));
        String id = post("courier", body).json().get("manifestId").asString();
        assertThat(get("courier2", PATH + "/" + id).status()).isEqualTo(404);
        assertThat(get("courier2", PATH + "/" + id + "/consignments?guide=" + g).status()).isEqualTo(404);
        assertThat(get("broker", PATH + "/" + id).status()).isEqualTo(403);
        assertThat(get("carrier", PATH + "/" + id).status()).isEqualTo(403);
        assertThat(get("analyst", PATH + "/" + id).status()).isEqualTo(200);
        assertThat(get("courier", PATH + "/" + id + "/consignments?guide=nope").status()).isEqualTo(404);
        for (String user : List.of("broker", "carrier", "officer-mx", "analyst", "admin")) {
            assertThat(post(user, body).status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void moreThan100000ConsignmentsOrBytesIsRefusedWholeAnd413() {
        StringBuilder b = new StringBuilder("{\"direction\":\"SOUTHBOUND\",\"customsOffice\":\"240\",\"date\":\"2025-09-01\",\"consignments\":[");
        for (int i = 0; i <= 100_000; i++) {
            b.append(i == 0 ? "{}" : ",{}");
        }
        Answer tooMany = post("courier", b.append("]}").toString(), "Idempotency-Key", "too-many-" + UUID.randomUUID());
        assertThat(tooMany.status()).isEqualTo(413);
        assertThat(tooMany.json().get("code").asString()).isEqualTo("MANIFEST_TOO_LARGE");
        byte[] huge = new byte[33 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        Answer tooBig = send("courier", "POST", PATH, "application/json", huge);
        assertThat(tooBig.status()).isEqualTo(413);
    }

    @Test
    void aManifestOf100000ConsignmentsOverHttpAsJsonAndAsCsv() {
        String prefix = "J" + UUID.randomUUID().toString().substring(0, 6) + "-";
        long start = System.nanoTime();
        Answer json = send("courier", "POST", PATH, "application/json", ManifestSamples.json(prefix, 100_000, "2025-09-01"),
                "Idempotency-Key", prefix);
        long jsonMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(json.status()).as(json.body().substring(0, Math.min(500, json.body().length()))).isEqualTo(201);
        assertThat(json.json().get("accepted").asInt()).isEqualTo(100_000);
        assertThat(json.json().get("totals").get("consignments").asInt()).isEqualTo(100_000);
        String id = json.json().get("manifestId").asString();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM courier.consignment WHERE manifest_id = ?::uuid", Integer.class, id))
                .isEqualTo(100_000);

        String csvPrefix = "C" + UUID.randomUUID().toString().substring(0, 6) + "-";
        start = System.nanoTime();
        Answer csv = send("courier", "POST", PATH + "?direction=SOUTHBOUND&customsOffice=240&date=2025-09-01", "text/csv",
                ManifestSamples.csv(csvPrefix, 100_000));
        long csvMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(csv.status()).as(csv.body().substring(0, Math.min(500, csv.body().length()))).isEqualTo(201);
        assertThat(csv.json().get("accepted").asInt()).isEqualTo(100_000);
        // the same consignments give the same totals whichever the format
        assertThat(csv.json().get("totals").get("taxes")).isEqualTo(json.json().get("totals").get("taxes"));
        System.out.printf("courier manifest 100,000 consignments: JSON %d ms, CSV %d ms%n", jsonMillis, csvMillis);
    }
}
