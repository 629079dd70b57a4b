package io.jointclear.platform;

import io.jointclear.support.TestResources;
import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.DeclarationNumbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The power-cut test: the platform runs in a child JVM on its own data directory and files crossings
 * under load from several clients, each with its own Idempotency-Key; then the database (postmaster
 * and every backend) and the JVM are killed with SIGKILL mid-load. After a restart on the same
 * directory every filing that was answered 201 is there exactly once, and every filing whose answer
 * was lost is either absent or, sent again with its key, answered once — never two crossings for one
 * key.
 */
class CrashRecoveryIT {

    private static final String USER = "crash-broker";
    private static final int CLIENTS = 8;
    private static final Duration LOAD_BEFORE_CRASH = Duration.ofSeconds(4);
    private static final Duration START_LIMIT = Duration.ofSeconds(150);
    private static final int MAX_FILINGS = 20_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String template = TestResources.read("clearance/crossing-northbound-tomatoes.json");
    private Path workDir;
    private Process child;

    /** One filing as its client sent it. */
    private record Sent(int round, String key, String body) {
    }

    @AfterEach
    void cleanUp() {
        if (child != null) {
            child.destroyForcibly();
        }
        if (workDir != null) {
            postmasterPid().ifPresent(CrashRecoveryIT::powerCut);
            FileSystemUtils.deleteRecursively(workDir.toFile());
        }
    }

    @Test
    void acknowledgedFilingsSurviveKillingTheDatabaseAndTheJvm() throws Exception {
        workDir = Files.createTempDirectory("jointclear-crash");
        int port = freePort();
        child = startChild(port, "first");
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        Load load = new Load();
        List<Future<?>> running = load.start(port, clients);
        Thread.sleep(LOAD_BEFORE_CRASH.toMillis());

        // the power cut: every PostgreSQL process and the JVM, no shutdown of any kind
        powerCut(postmasterPid().orElseThrow());
        child.destroyForcibly();
        load.crashed.set(true);
        for (Future<?> client : running) {
            client.get(30, TimeUnit.SECONDS);
        }
        child.waitFor(10, TimeUnit.SECONDS);
        assertThat(load.acknowledged).as("filings answered 201 before the crash (%s)", load.statuses).isNotEmpty();
        // while the database died under it the platform answered 503 (retry), never 500
        assertThat(load.statuses.keySet()).as("answers before the crash").isSubsetOf(201, 503);

        int restartedPort = freePort();
        child = startChild(restartedPort, "after-crash");
        Map<String, String> idByKey = resolveEveryKey(restartedPort, load.sent, load.acknowledged, clients);
        clients.shutdownNow();
        System.out.printf("Crash test: %d filings sent, %d acknowledged before the crash, answers %s%n",
                load.sent.size(), load.acknowledged.size(), load.statuses);

        // every acknowledged filing is there under the id it was answered with
        load.acknowledged.forEach((key, id) -> assertThat(idByKey.get(key)).as("filing %s", key).isEqualTo(id));
        // one crossing per key, and nothing else stored
        int keys = load.sent.size();
        assertThat(new HashSet<>(idByKey.values())).hasSize(keys);
        assertThat(count("clearance.crossing")).as("crossings stored for %d keys", keys).isEqualTo(keys);
        // the statistics fact of a filing commits with it: none lost in the crash either
        assertThat(count("statistics.crossing_fact")).isEqualTo(keys);
    }

    /** Clients filing back to back, each filing with its own key, until the crash. */
    private final class Load {
        final Map<String, Sent> sent = new ConcurrentHashMap<>();
        final Map<String, String> acknowledged = new ConcurrentHashMap<>();
        final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        final AtomicBoolean crashed = new AtomicBoolean();
        private final AtomicInteger rounds = new AtomicInteger();

        List<Future<?>> start(int port, ExecutorService clients) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    while (!crashed.get() && rounds.get() < MAX_FILINGS) {
                        int round = rounds.incrementAndGet();
                        Sent filing = new Sent(round, "crash-" + round, crossing(round));
                        sent.put(filing.key(), filing);
                        record(filing, file(port, filing));
                    }
                }));
            }
            return running;
        }

        private void record(Sent filing, HttpResponse<String> answer) {
            if (answer != null) {
                statuses.merge(answer.statusCode(), 1, Integer::sum);
                if (answer.statusCode() == 201) {
                    acknowledged.put(filing.key(), idOf(answer.body()));
                }
            }
        }
    }

    /**
     * Reads every acknowledged filing back and sends every filing again with its key: a filing
     * already stored is answered with its first id, one that was lost is stored now, once.
     */
    private Map<String, String> resolveEveryKey(int port, Map<String, Sent> sent, Map<String, String> acknowledged,
                                                ExecutorService clients) throws Exception {
        Map<String, String> idByKey = new ConcurrentHashMap<>();
        List<Future<?>> checks = new ArrayList<>();
        for (Sent filing : sent.values()) {
            checks.add(clients.submit(() -> {
                String known = acknowledged.get(filing.key());
                if (known != null) {
                    HttpResponse<String> read = get(port, "/api/v1/crossings/" + known);
                    assertThat(read.statusCode()).as("GET acknowledged %s: %s", known, read.body()).isEqualTo(200);
                }
                HttpResponse<String> again = file(port, filing);
                assertThat(again).as("re-sent %s", filing.key()).isNotNull();
                assertThat(again.statusCode()).as("re-sent %s: %s", filing.key(), again.body()).isIn(200, 201);
                if (known != null) {
                    // the replay of an acknowledged filing, never a second crossing
                    assertThat(idOf(again.body())).isEqualTo(known);
                }
                idByKey.put(filing.key(), idOf(again.body()));
            }));
        }
        for (Future<?> check : checks) {
            check.get(60, TimeUnit.SECONDS);
        }
        return idByKey;
    }

    private HttpResponse<String> file(int port, Sent filing) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/crossings"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", basic())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", filing.key())
                .POST(HttpRequest.BodyPublishers.ofString(filing.body())).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException lostAnswer) {
            return null; // in flight when the platform died: the client does not know the outcome
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private HttpResponse<String> get(int port, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", basic()).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Process startChild(int port, String name) throws Exception {
        Path log = workDir.resolve(name + ".log");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                "io.jointclear.JointClearApplication",
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--jointclear.data-dir=" + workDir.resolve("pg"),
                "--spring.main.banner-mode=off",
                "--jointclear.security.users[0].username=" + USER,
                "--jointclear.security.users[0].password=" + USER,
                "--jointclear.security.users[0].roles=BROKER",
                "--jointclear.security.users[0].filer.patente=3456",
                "--jointclear.security.users[0].filer.filer-code=316");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the platform exited at start; see %s", log).isTrue();
            if (ready(port)) {
                return process;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the platform did not become ready within " + START_LIMIT + "; see " + log);
    }

    private boolean ready(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Counted in the restarted platform's own database, reached on loopback like any client. */
    private long count(String table) throws Exception {
        List<String> lock = Files.readAllLines(workDir.resolve("pg/postmaster.pid"));
        String url = "jdbc:postgresql://127.0.0.1:" + lock.get(3).trim() + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Optional<Long> postmasterPid() {
        try {
            List<String> lines = Files.readAllLines(workDir.resolve("pg/postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** SIGKILL to the postmaster and to every backend and helper it started. */
    private static void powerCut(long postmaster) {
        ProcessHandle.of(postmaster).ifPresent(process -> {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            process.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null).join();
        });
    }

    private String crossing(int round) {
        return template.replace("262434566001234", String.format("2624345660%05d", round % 100_000))
                .replace("31600042712", DeclarationNumbers.usEntry("316", round));
    }

    private static String idOf(String body) {
        JsonNode id = JSON.readTree(body).get("id");
        assertThat(id).as("an id in %s", body).isNotNull();
        return id.asString();
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + USER).getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
