package io.jointclear.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.support.Http;
import io.jointclear.support.TestResources;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Module events on a real Kafka broker (KRaft, in this JVM). The broker advertises an address that is
 * closed at first (a {@link TcpGate}): a filing is answered 201 and its publication stays in the
 * outbox; once the address opens, the retry sends it, keyed by the crossing id, as the documented JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = {
        "spring.kafka.bootstrap-servers=localhost:${jointclear.test.kafka-port}",
        "spring.kafka.producer.properties.max.block.ms=1500",
        "spring.kafka.producer.properties.request.timeout.ms=1500",
        "spring.kafka.producer.properties.delivery.timeout.ms=3000",
        "spring.kafka.admin.properties.request.timeout.ms=1500",
        "spring.kafka.admin.properties.default.api.timeout.ms=1500",
        "jointclear.events.retry-interval=PT1S",
        "jointclear.events.retry-min-age=PT1S",
        "jointclear.events.metrics-interval=PT1S",
        "jointclear.security.agencies[0].id=norte", "jointclear.security.agencies[0].patentes=3456",
        "jointclear.security.agencies[0].filer-codes=316",
        "jointclear.security.users[0].username=broker", "jointclear.security.users[0].password=broker",
        "jointclear.security.users[0].roles=BROKER", "jointclear.security.users[0].agency=norte",
        "jointclear.security.users[1].username=admin", "jointclear.security.users[1].password=admin",
        "jointclear.security.users[1].roles=ADMIN"})
class KafkaEventsIT {

    private static final int KAFKA_PORT = TcpGate.freePort();
    private static final String FILED = "jointclear.clearance.crossing-filed.v1";
    private static final String CONTRACT = TestResources.read("clearance/crossing-northbound-tomatoes.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
    private static final TcpGate gate;

    static {
        // clients find the broker at the gate's address, which is closed until the test opens it
        broker.brokerProperty("advertised.listeners", "EXTERNAL://localhost:" + KAFKA_PORT);
        // not spring.kafka.bootstrap-servers: that system property would switch Kafka on in later test classes
        broker.brokerListProperty("jointclear.test.kafka-brokers");
        broker.afterPropertiesSet();
        int real = broker.getCluster().brokers().values().iterator().next()
                .boundPort(org.apache.kafka.common.network.ListenerName.normalised("EXTERNAL"));
        gate = new TcpGate(KAFKA_PORT, real);
        System.setProperty("jointclear.test.kafka-port", String.valueOf(KAFKA_PORT));
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @AfterAll
    static void stopBroker() throws IOException {
        gate.close();
        broker.destroy();
        System.clearProperty("jointclear.test.kafka-brokers");
        System.clearProperty(EmbeddedKafkaKraftBroker.BROKER_LIST_PROPERTY);
    }

    @Test
    void aFilingWhileKafkaIsDownIsPublishedWhenItReturnsThenEveryFilingGoesToItsTopicAsDocumented() throws Exception {
        String whileDown = file(8_101);
        eventually(() -> publications(whileDown, "FAILED") == 1, Duration.ofSeconds(20), "the publication failed and stays in the outbox");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM clearance.crossing WHERE id = ?::uuid", Integer.class, whileDown)).isEqualTo(1);

        assertThat(new Http(port).as("admin", "admin").get("/actuator/health/kafka").status()).as("Kafka down").isEqualTo(503);
        // retried every second, the publication moves between FAILED, RESUBMITTED and PROCESSING
        eventually(() -> metric("jointclear_events_lag_seconds{topic=\"" + FILED + "\"}") > 0 && pendingInScrape() >= 1,
                Duration.ofSeconds(10), "the scrape shows the event waiting for its topic");
        assertThat(metric("jointclear_filings_total")).isEqualTo(1.0);
        gate.open();

        String whileUp = file(8_102);
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(FILED));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && !keys(records).containsAll(Set.of(whileDown, whileUp))) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            assertThat(keys(records)).as("both filings on %s, keyed by crossing id", FILED).contains(whileDown, whileUp);
            ConsumerRecord<String, String> event = records.stream().filter(r -> r.key().equals(whileUp)).findFirst().orElseThrow();
            JsonNode json = JSON.readTree(event.value());
            assertThat(json.get("crossingId").asString()).isEqualTo(whileUp);
            assertThat(json.get("direction").asString()).isEqualTo("NORTHBOUND");
            assertThat(json.get("filedAt").isString()).as("an ISO-8601 instant: %s", json.get("filedAt")).isTrue();
            assertThat(json.get("valueUsd").isNumber()).isTrue();
            assertThat(json.get("assessedTotals").isObject()).isTrue();
            assertDocumented(FILED, json);
        }
        eventually(() -> new Http(port).as("admin", "admin").get("/actuator/health/kafka").status() == 200,
                Duration.ofSeconds(10), "/actuator/health/kafka is UP");
        assertThat(metric("jointclear_filings_total")).isEqualTo(2.0);
        assertThat(metric("jointclear_filing_declarations_sum")).isEqualTo(4.0);
        eventually(() -> incompletePublications() == 0, Duration.ofSeconds(20),
                "the outbox is empty once the broker took the events");
    }

    /** The record carries exactly the fields its JSON Schema names, all required ones present. */
    static void assertDocumented(String topic, JsonNode json) {
        JsonNode schema = JSON.readTree(docs("events/" + topic + ".schema.json"));
        Set<String> documented = new TreeSet<>(schema.get("properties").propertyNames());
        Set<String> sent = new TreeSet<>(json.propertyNames());
        assertThat(sent).isEqualTo(documented);
        schema.get("required").forEach(r -> assertThat(json.get(r.asString()).isNull()).as(r.asString()).isFalse());
    }

    static String docs(String path) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("docs", path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String file(int round) {
        String body = CONTRACT.replace("262434566001234", String.format("2624345660%05d", round))
                .replace("31600042712", DeclarationNumbers.usEntry("316", round));
        Http.Response filed = new Http(port).as("broker", "broker").post("/api/v1/crossings", body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asString();
    }

    private int publications(String crossingId, String status) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND listener_id LIKE '%Externaliz%'
                   AND status = ? AND serialized_event LIKE ?""", Integer.class, status, "%" + crossingId + "%");
    }

    /** A series' value in the Prometheus scrape (-1 when absent). */
    private double metric(String series) {
        String scrape = new Http(port).as("admin", "admin").get("/actuator/prometheus").body();
        return scrape.lines().filter(l -> l.startsWith(series + " ")).mapToDouble(l -> Double.parseDouble(l.substring(series.length() + 1)))
                .findFirst().orElse(-1);
    }

    private double pendingInScrape() {
        String scrape = new Http(port).as("admin", "admin").get("/actuator/prometheus").body();
        return scrape.lines().filter(l -> l.startsWith("jointclear_events_pending{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private int incompletePublications() {
        return jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND listener_id LIKE '%Externaliz%'",
                Integer.class);
    }

    private static Set<String> keys(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::key).collect(java.util.stream.Collectors.toSet());
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + KAFKA_PORT,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
    }

    static void eventually(Supplier<Boolean> condition, Duration within, String what) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.get()) {
            assertThat(System.nanoTime()).as("within %s: %s", within, what).isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
