package io.jointclear.manifest;

import io.jointclear.support.TestResources;
import io.jointclear.support.TestNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.support.Http;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

/** Crossings and manifests for the manifest tests, over the real API of the demo users. */
public final class ManifestFixtures {

    private final int port;

    public ManifestFixtures(int port) {
        this.port = port;
    }

    /** A filed northbound crossing (the contract's tomatoes) with fresh numbers, carried by {@code scac}. */
    public Crossing crossing(String scac) {
        int seq = TestNumbers.next();
        String pedimento = DeclarationNumbers.pedimento(2026, "24", "3456", seq);
        String entry = DeclarationNumbers.usEntry("316", seq);
        String body = TestResources.read("clearance/crossing-northbound-tomatoes.json")
                .replace("262434566001234", pedimento).replace("31600042712", entry)
                .replace("\"TDNM\"", "\"" + scac + "\"");
        Http.Response filed = new Http(port).as("broker", "broker").post("/api/v1/crossings", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return new Crossing(UUID.fromString(filed.json().get("id").asString()), pedimento, entry);
    }

    public record Crossing(UUID id, String pedimento, String entry) {
    }

    /** A manifest body for one crossing: a driver (FAST when {@code fastCard} is given), a container with its seal. */
    public static String manifest(String scac, Crossing c, String fastCard, boolean fastShipment) {
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        return """
                {"tripNumber":"%s","arrivalPort":"2304","estimatedArrival":"%s",
                 "conveyance":{"truckPlate":"12AB34","plateCountry":"MX","vin":"3AKJHHDR5KSKE1234"},
                 "equipment":[{"type":"CONTAINER","number":"CSQU3054383","seals":["SL123456"]}],
                 "crew":[{"name":"Juan Pérez Gómez",%s"licence":{"number":"B1234567","jurisdiction":"MX-TAM"}}],
                 "shipments":[{"scn":"%s","type":"PAPS","fast":%s,"crossingId":"%s","pedimento":"%s","usEntry":"%s"}]}
                """.formatted(scac + "T" + suffix, Instant.now().plus(Duration.ofHours(2)),
                fastCard == null ? "" : "\"fastCard\":\"" + fastCard + "\",", scac + suffix, fastShipment, c.id(),
                c.pedimento(), c.entry());
    }

    public Http as(String user) {
        return new Http(port).as(user, user);
    }

    public void arrive(UUID crossing, Instant at) {
        Http.Response r = as("carrier").post("/api/v1/crossings/" + crossing + "/arrival", "{\"at\":\"" + at + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    /** Polls until the answer is what is expected (the arrival check runs after the arrival commits). */
    public static Http.Response await(Http as, String path, Predicate<Http.Response> done) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        Http.Response r = as.get(path);
        while (!done.test(r) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            r = as.get(path);
        }
        return r;
    }

    /** The timeliness of the crossing's manifest once checked at arrival, as an officer reads it. */
    public String timeliness(UUID crossing) throws InterruptedException {
        Http.Response r = await(as("officer-us"), "/api/v1/crossings/" + crossing + "/manifest",
                x -> x.status() == 200 && x.json().get("timeliness").get(0).has("status"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("timeliness").get(0).get("status").asString();
    }

}
