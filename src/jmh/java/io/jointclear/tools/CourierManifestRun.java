package io.jointclear.tools;

import io.jointclear.JointClearApplication;
import io.jointclear.courier.ManifestSamples;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load tool for the courier intake target (issue 15: ≥ 20,000 consignments/s validated, assessed and
 * stored end to end; a 100,000-consignment manifest answered in ≤ 10 s). Starts the application on its
 * own throw-away embedded PostgreSQL (profiles {@code test,demo}: fsync and synchronous_commit on, the
 * demo courier user), warms up with small manifests, then POSTs {@code --runs} manifests of
 * {@code --consignments} consignments over HTTP, JSON and CSV alternately, each with its own
 * Idempotency-Key, and reports the time from the first byte sent to the answer read.
 *
 * <pre>./mvnw -Pjmh -DskipTests test-compile
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/jmh.classpath) io.jointclear.tools.CourierManifestRun</pre>
 */
public final class CourierManifestRun {

    private CourierManifestRun() {
    }

    public static void main(String[] args) throws Exception {
        int consignments = 100_000;
        int runs = 4;
        int giftEvery = 0;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--consignments" -> consignments = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                // every n-th consignment a "gift": flagged, so selected through the risk engine (issue 15)
                case "--gift-every" -> giftEvery = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(JointClearApplication.class)
                .profiles("test", "demo").properties("server.port=0", "jointclear.demo.enabled=false",
                        "jointclear.demo.reference-data=false", "logging.level.io.jointclear.courier=DEBUG").run()) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            HttpClient client = HttpClient.newHttpClient();
            for (int w = 0; w < 5; w++) {
                post(client, port, "W" + w + "-", 20_000, w % 2 == 0, giftEvery);
            }
            for (int r = 0; r < runs; r++) {
                boolean json = r % 2 == 0;
                long start = System.nanoTime();
                int status = post(client, port, "R" + r + "-" + System.nanoTime() + "-", consignments, json, giftEvery);
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("run %d %s: status %d, %,d consignments in %,d ms = %,.0f consignments/s%n", r,
                        json ? "JSON" : "CSV", status, consignments, ms, consignments * 1000.0 / Math.max(1, ms));
            }
        }
    }

    private static int post(HttpClient client, int port, String prefix, int n, boolean json, int giftEvery) throws Exception {
        byte[] body = json ? ManifestSamples.json(prefix, n, "2025-09-01", giftEvery) : ManifestSamples.csv(prefix, n, giftEvery);
        String query = json ? "" : "?direction=SOUTHBOUND&customsOffice=240&date=2025-09-01";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/courier/manifests" + query))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("courier:courier".getBytes()))
                .header("Content-Type", json ? "application/json" : "text/csv")
                .header("Idempotency-Key", prefix)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException(answer.statusCode() + " " + answer.body().substring(0, Math.min(400, answer.body().length())));
        }
        return answer.statusCode();
    }
}
