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
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Irregularity flags computed at filing, read over HTTP by officials and by the courier, and the rates by courier. */
@DemoUsersIntegrationTest
class CourierIrregularityIT {

    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final String PATH = "/api/v1/courier/manifests";

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    record Answer(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private Answer send(String user, String method, String path, byte[] body, String language) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes()))
                .header("Accept-Language", language)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String file(String date, String... consignments) {
        String body = "{\"direction\":\"SOUTHBOUND\",\"customsOffice\":\"240\",\"date\":\"" + date + "\",\"consignments\":["
                + String.join(",", consignments) + "]}";
        Answer a = send("courier", "POST", PATH, body.getBytes(StandardCharsets.UTF_8), "en");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().get("rejected")).as(a.body()).isEmpty();
        return a.json().get("manifestId").asString();
    }

    private JsonNode consignment(String user, String manifest, String guide, String language) {
        Answer a = send(user, "GET", PATH + "/" + manifest + "/consignments?guide=" + guide, null, language);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    private static String parcel(String guide, String rfc, String origin, String value, String shipperAddress, String description) {
        return """
                {"guide":"%s","consignee":{"name":"Ana López %s","rfc":"%s","address":"Av. Juárez %s, Saltillo"},
                 "shipper":{"name":"Store","address":"%s"},"origin":"%s","description":"%s","quantity":1,"weightKg":0.4,
                 "value":%s,"currency":"USD"}""".formatted(guide, rfc, rfc, rfc, shipperAddress, origin, description, value);
    }

    private static String clean(String guide, String rfc, String origin, String value) {
        return parcel(guide, rfc, origin, value, "100 Main St, Laredo TX, United States", "phone case");
    }

    /** An RFC no other test uses, so that the window holds only this test's consignments. */
    private static String rfc() {
        return "LOP" + (char) ('A' + ThreadLocalRandom.current().nextInt(26)) + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)) + "AB1";
    }

    private static String guide() {
        return "G" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aSplitAcrossTwoManifestsWithinTheWindowIsFlaggedWithTheTaxAtStakeAndNotOutsideIt() {
        String rfc = rfc(), first = guide(), second = guide(), late = guide();
        String m1 = file("2025-09-01", clean(first, rfc, "US", "110.00"));
        assertThat(consignment("officer-mx", m1, first, "en").get("flags")).isEmpty();
        String m2 = file("2025-09-20", clean(second, rfc, "US", "115.00"));
        JsonNode flag = consignment("officer-mx", m2, second, "en").get("flags").get(0);
        assertThat(flag.get("code").asString()).isEqualTo("SPLIT_SHIPMENT");
        assertThat(flag.get("evidence").get("otherGuides").toString()).contains(first);
        assertThat(flag.get("evidence").get("combinedValueUsd").decimalValue()).isEqualByComparingTo("225.00");
        // 19 % instead of 17 % on USD 115: USD 2.30
        assertThat(flag.get("taxAtStake").get("amountUsd").decimalValue()).isEqualByComparingTo("2.30");
        assertThat(flag.get("explanation").asString()).contains(first).contains("117");
        assertThat(flag.get("taxAtStakeText").asString()).contains("2.30");
        // 45 days after the first manifest and 26 after the second: only the second is in the window
        String m3 = file("2025-10-16", clean(late, rfc, "US", "112.00"));
        JsonNode lateFlag = consignment("analyst", m3, late, "en").get("flags").get(0);
        assertThat(lateFlag.get("evidence").get("otherGuides").toString()).contains(second).doesNotContain(first);
        String alone = rfc(), a1 = guide(), a2 = guide();
        file("2025-09-01", clean(a1, alone, "US", "110.00"));
        String m5 = file("2025-10-02", clean(a2, alone, "US", "110.00")); // 31 days later: outside the 30-day window
        assertThat(consignment("officer-mx", m5, a2, "en").get("flags")).isEmpty();
    }

    @Test
    void falseOriginFlaggedForOfficialsInSpanishAndEnglishWhileTheCourierSeesOnlyTheOutcome() {
        String g = guide(), ok = guide();
        String m = file("2025-09-01", parcel(g, rfc(), "US", "100.00", "Longhua, Shenzhen, China", "phone case"),
                clean(ok, rfc(), "CN", "500.00"));
        JsonNode en = consignment("officer-mx", m, g, "en").get("flags").get(0);
        assertThat(en.get("code").asString()).isEqualTo("FALSE_ORIGIN");
        assertThat(en.get("taxAtStake").get("rateDifference").decimalValue()).isEqualByComparingTo("0.165");
        assertThat(en.get("taxAtStake").get("amountUsd").decimalValue()).isEqualByComparingTo("16.50");
        assertThat(en.get("explanation").asString()).contains("Shenzhen").contains("USMCA");
        JsonNode es = consignment("analyst", m, g, "es").get("flags").get(0);
        assertThat(es.get("explanation").asString()).contains("T-MEC").contains("remitente");

        Answer courier = send("courier", "GET", PATH + "/" + m + "/consignments?guide=" + g, null, "es");
        JsonNode mine = courier.json().get("flags");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("outcome").asString()).isEqualTo("SELECTED_FOR_INSPECTION");
        assertThat(mine.get(0).get("instruction").asString()).contains("reconocimiento");
        assertThat(courier.body()).doesNotContain("FALSE_ORIGIN", "taxAtStake", "evidence", "threshold", "Shenzhen\",", "0.165");
        assertThat(consignment("courier", m, ok, "en").get("flags")).isEmpty();
    }

    @Test
    void irregularityRatesByCourierForOfficialsOnly() {
        String g = guide();
        file("2025-09-03", parcel(g, rfc(), "CN", "300.00", "Laredo, United States", "gift"), clean(guide(), rfc(), "CN", "300.00"));
        Answer a = send("analyst", "GET", "/api/v1/courier/irregularities?from=2025-09-03&to=2025-09-03", null, "en");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode row = null;
        for (JsonNode r : a.json().get("couriers")) {
            row = r;
        }
        assertThat(row).isNotNull();
        assertThat(row.get("consignments").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(row.get("flagged").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(row.get("byKind").get("GENERIC_DESCRIPTION").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(row.get("rate").decimalValue()).isPositive();
        assertThat(send("courier", "GET", "/api/v1/courier/irregularities", null, "en").status()).isEqualTo(403);
        assertThat(send("analyst", "GET", "/api/v1/courier/irregularities?from=2025-13-01", null, "en").status()).isEqualTo(400);
        assertThat(send("analyst", "GET", "/api/v1/courier/irregularities?from=2025-10-01&to=2025-09-01", null, "en").status())
                .isEqualTo(400);
    }
}
