package io.jointclear.tools;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files realistic crossings against a running JointClear and reports throughput and latency.
 *
 * <pre>java -jar target/jointclear.jar load --rate 300 --count 9000 --url http://localhost:8080</pre>
 *
 * With {@code --rate R} requests start on a fixed schedule (open loop) and latency is measured from
 * each request's scheduled start, so a slow server cannot hide its queueing (no coordinated omission).
 * Requests travel over {@code --concurrency} keep-alive connections (default 64). With
 * {@code --rate 0} as many workers send back to back, which measures the maximum
 * throughput. Every crossing carries an Idempotency-Key, as a broker's system would send. With
 * {@code --batch B} crossings go B to a request through {@code POST /api/v1/crossings/batch}; rates
 * and counts stay in crossings, latencies are per request. Before measuring, {@code --warmup W}
 * crossings (default 30,000) are filed back to back so that the server's JIT has compiled its hot
 * paths: a cold JVM is two to three times slower for its first minute.
 */
public final class LoadGenerator {

    /** Crossings filed (closed loop) before measuring, unless {@code --warmup} says otherwise. */
    static final int DEFAULT_WARMUP = 30_000;

    /** How to call it; {@code --help} prints it. */
    public static final String USAGE = """
            usage: java -jar jointclear.jar load [--rate R] [--count N] [--url U] [--batch B] [--concurrency C]
                                                 [--warmup W] [--user U --password P] [--patentes P1,P2 --filer-code F]
                                                 [--seed S] [--date YYYY-MM-DD]
              --rate R         crossings per second on a fixed schedule (open loop); 0 = back to back [0]
              --count N        crossings to file and measure [1000]
              --url U          the running JointClear [http://localhost:8080]
              --batch B        B crossings per request through the batch endpoint, at most 100 [0 = single filings]
              --concurrency C  keep-alive connections [64]
              --warmup W       crossings filed before measuring [up to 30000]
              --user/--password  the broker to file as [broker/broker]
              --patentes, --filer-code  that broker's agency's licences [3456, 316]
              --seed S         run id: declaration numbers never collide between seeds
              --date D         the declarations' date (YYYY-MM-DD) [today, UTC]""";

    private static final java.util.Set<String> OPTIONS = java.util.Set.of("rate", "count", "url", "concurrency", "warmup",
            "batch", "seed", "user", "password", "patentes", "filer-code", "date");

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        double rate = Double.parseDouble(options.getOrDefault("rate", "0"));
        int count = Integer.parseInt(options.getOrDefault("count", "1000"));
        String url = options.getOrDefault("url", "http://localhost:8080").replaceAll("/$", "");
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "64"));
        // The JIT needs about a minute of filings before the server runs at its real speed: measure after that.
        int warmup = Integer.parseInt(options.getOrDefault("warmup",
                String.valueOf(Math.max(0, Math.min(DEFAULT_WARMUP, CrossingSamples.MAX_PER_RUN - count)))));
        int batch = Integer.parseInt(options.getOrDefault("batch", "0"));
        long seed = Long.parseLong(options.getOrDefault("seed", String.valueOf(System.nanoTime())));
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                (options.getOrDefault("user", "broker") + ":" + options.getOrDefault("password", "broker")).getBytes(StandardCharsets.UTF_8));
        if (count < 1 || concurrency < 1 || rate < 0 || batch < 0 || batch > 100 || count + warmup > CrossingSamples.MAX_PER_RUN) {
            throw new IllegalArgumentException("count and concurrency must be positive, rate zero or positive, count + warmup at most "
                    + CrossingSamples.MAX_PER_RUN + " (declaration numbers stay unique per --seed)");
        }

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(5)).build();
        LocalDate date = options.containsKey("date") ? LocalDate.parse(options.get("date")) : LocalDate.now(Clock.systemUTC());
        // A broker files only under its agency's licences: the demo broker's by default.
        List<String> patentes = List.of(options.getOrDefault("patentes", "3456").split(","));
        CrossingSamples samples = new CrossingSamples(seed, portPairs(client, url), date, patentes,
                options.getOrDefault("filer-code", "316"));
        System.out.printf("Preparing %d crossings (+%d warm-up) for %s …%n", count, warmup, url);
        List<String> bodies = new ArrayList<>(count + warmup);
        for (int i = 0; i < count + warmup; i++) {
            bodies.add(samples.crossing(i));
        }
        String runKey = Long.toHexString(seed);
        if (warmup > 0) {
            run(url, auth, requests(bodies.subList(0, warmup), runKey + "-w", batch), 0, concurrency);
        }
        List<Filing> filings = requests(bodies.subList(warmup, bodies.size()), runKey, batch);
        Result result = run(url, auth, filings, batch > 0 ? rate / batch : rate, concurrency);
        client.close();
        result.print(rate, concurrency, count);
    }

    /** One request: a crossing with its key, or a batch of crossings each with its own key. */
    private record Filing(String path, String idempotencyKey, String body) {
    }

    private static List<Filing> requests(List<String> bodies, String runKey, int batch) {
        List<Filing> filings = new ArrayList<>();
        if (batch == 0) {
            for (int i = 0; i < bodies.size(); i++) {
                filings.add(new Filing("/api/v1/crossings", runKey + "-" + i, bodies.get(i)));
            }
            return filings;
        }
        for (int from = 0; from < bodies.size(); from += batch) {
            StringBuilder body = new StringBuilder("{\"crossings\":[");
            for (int i = from; i < Math.min(from + batch, bodies.size()); i++) {
                body.append(i == from ? "" : ",").append("{\"idempotencyKey\":\"").append(runKey).append('-').append(i)
                        .append("\",\"crossing\":").append(bodies.get(i)).append('}');
            }
            filings.add(new Filing("/api/v1/crossings/batch", null, body.append("]}").toString()));
        }
        return filings;
    }

    /** Per-crossing statuses inside a batch answer. */
    private static final Pattern ITEM_STATUS = Pattern.compile("\\{\"index\":\\d+,\"status\":(\\d{3})");

    private static Result run(String url, String auth, List<Filing> bodies, double rate,
                              int concurrency) throws InterruptedException {
        long[] latencies = new long[bodies.size()];
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(rate > 0 ? 65_536 : concurrency);
        // Keep-alive connections, as a broker's gateway would hold; an open-loop request waiting for one is late, and counted so.
        BlockingQueue<PlainHttpConnection> connections = new ArrayBlockingQueue<>(concurrency);
        for (int i = 0; i < concurrency; i++) {
            connections.add(new PlainHttpConnection(URI.create(url)));
        }
        long start = System.nanoTime();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < bodies.size(); i++) {
                long scheduled = rate > 0 ? start + (long) (i * 1e9 / rate) : 0;
                if (rate > 0) {
                    long wait = scheduled - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                }
                inFlight.acquire();
                int index = i;
                executor.submit(() -> {
                    long begin = rate > 0 ? scheduled : System.nanoTime();
                    try {
                        Filing filing = bodies.get(index);
                        PlainHttpConnection connection = connections.take();
                        PlainHttpConnection.Answer response;
                        try {
                            response = connection.post(filing.path(), auth, filing.idempotencyKey(),
                                    filing.body().getBytes(StandardCharsets.UTF_8));
                        } finally {
                            connections.add(connection);
                        }
                        Matcher items = ITEM_STATUS.matcher(filing.idempotencyKey() == null && response.status() == 200
                                ? response.body() : "");
                        boolean batched = false;
                        while (items.find()) {
                            batched = true;
                            int status = Integer.parseInt(items.group(1));
                            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                            if (status >= 300) {
                                errors.computeIfAbsent("item " + status, k -> new AtomicInteger()).incrementAndGet();
                            }
                        }
                        if (!batched) {
                            statuses.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();
                        }
                        if (!batched && response.status() >= 300) {
                            errors.computeIfAbsent(response.status() + " " + abbreviate(response.body()), k -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    } catch (Exception e) {
                        statuses.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                        errors.computeIfAbsent(e.getClass().getSimpleName() + " " + e.getMessage(), k -> new AtomicInteger()).incrementAndGet();
                    } finally {
                        latencies[index] = System.nanoTime() - begin;
                        inFlight.release();
                    }
                });
            }
        }
        connections.forEach(PlainHttpConnection::close);
        return new Result(bodies.size(), System.nanoTime() - start, latencies, new TreeMap<>(statuses), errors);
    }

    private record Result(int count, long elapsedNanos, long[] latencies, Map<Integer, AtomicInteger> statuses,
                          Map<String, AtomicInteger> errors) {
        void print(double rate, int concurrency, int crossings) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            double seconds = elapsedNanos / 1e9;
            System.out.printf("Mode: %s%n", rate > 0 ? "open loop, " + rate + " crossings/s offered" : "closed loop, " + concurrency + " workers");
            System.out.printf("Filed %d crossings in %d requests in %.2f s: %.1f crossings/s%n", crossings, count, seconds,
                    crossings / seconds);
            System.out.printf("Latency ms (per request): p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", ms(sorted, 0.50), ms(sorted, 0.90),
                    ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
            System.out.printf("Status codes: %s%n", statuses);
            errors.entrySet().stream().limit(5).forEach(e -> System.out.printf("  %d × %s%n", e.getValue().get(), e.getKey()));
        }

        private static double ms(long[] sorted, double quantile) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
        }
    }

    private static List<CrossingSamples.PortPair> portPairs(HttpClient client, String url) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/reference/port-pairs")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("cannot read the port pairs of " + url + ": HTTP " + response.statusCode());
        }
        Matcher m = Pattern.compile("\"mxCustomsOffice\":\"(\\d{3})\"[^}]*\"usPort\":\"(\\d{4})\"").matcher(response.body());
        List<CrossingSamples.PortPair> pairs = new ArrayList<>();
        while (m.find()) {
            pairs.add(new CrossingSamples.PortPair(m.group(1), m.group(2)));
        }
        return pairs;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i].startsWith("--") ? args[i] + " needs a value" : "unexpected argument " + args[i]);
            }
            if (!OPTIONS.contains(args[i].substring(2))) {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
