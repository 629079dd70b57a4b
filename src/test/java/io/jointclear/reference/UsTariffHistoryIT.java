package io.jointclear.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointclear.support.Http;
import io.jointclear.support.DemoUsersIntegrationTest;
import io.jointclear.shared.Authority;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import io.jointclear.reference.htsus.HtsusFile;
import io.jointclear.reference.htsus.HtsusLine;

/**
 * Every shipped HTSUS revision loaded as effective-dated line versions: a sample of each revision's
 * lines answers, at that revision's date, exactly what its file prints; lines a revision changed or
 * dropped answer the old text the day before; an administrator imports a later revision.
 */
@DemoUsersIntegrationTest
class UsTariffHistoryIT {

    private static final String REVISIONS = "/api/v1/reference/htsus/revisions";
    private static final int SAMPLE = 200;

    @LocalServerPort
    int port;

    @Autowired
    TariffCatalogue catalogue;

    @Autowired
    UsTariffHistory history;

    @Autowired
    JdbcTemplate jdbc;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private record Shipped(String revision, LocalDate validFrom) {
    }

    private List<Shipped> shipped() {
        return history.revisions().stream().filter(r -> r.origin().equals("shipped"))
                .map(r -> new Shipped(r.revision(), r.validFrom())).toList();
    }

    private static HtsusFile read(String revision) throws IOException {
        try (InputStream in = new GZIPInputStream(new ClassPathResource(
                "reference-data/us-tariff-history/hts/hts_" + revision + ".json.gz").getInputStream())) {
            return HtsusFile.readJson(in);
        }
    }

    @Test
    void a_sample_of_every_revision_answers_what_its_file_prints_at_its_date() throws IOException {
        List<Shipped> revisions = shipped();
        assertThat(revisions).hasSize(43);
        assertThat(revisions.getFirst().validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        Map<String, HtsusLine> previous = Map.of();
        int checked = 0;
        int changedChecked = 0;
        int droppedChecked = 0;
        for (int r = 0; r < revisions.size(); r++) {
            Shipped revision = revisions.get(r);
            HtsusFile file = read(revision.revision());
            Map<String, HtsusLine> lines = new HashMap<>();
            file.lines().forEach(l -> lines.putIfAbsent(l.tariffCode(), l));
            Random random = new Random(11L * 1_000 + r);
            List<HtsusLine> all = file.lines();
            for (int i = 0; i < SAMPLE; i++) {
                HtsusLine line = all.get(random.nextInt(all.size()));
                assertAnswers(line, revision.validFrom());
                checked++;
            }
            List<String> changed = new ArrayList<>();
            List<String> dropped = new ArrayList<>();
            for (HtsusLine old : previous.values()) {
                HtsusLine now = lines.get(old.tariffCode());
                if (now == null) {
                    dropped.add(old.tariffCode());
                } else if (!now.generalText().equals(old.generalText()) || !now.footnotes().equals(old.footnotes())
                        || !now.description().equals(old.description())) {
                    changed.add(old.tariffCode());
                }
            }
            changed.sort(null);
            dropped.sort(null);
            for (String code : changed.subList(0, Math.min(20, changed.size()))) {
                assertAnswers(lines.get(code), revision.validFrom());
                assertAnswers(previous.get(code), revision.validFrom().minusDays(1));
                changedChecked++;
            }
            for (String code : dropped.subList(0, Math.min(20, dropped.size()))) {
                assertAnswers(previous.get(code), revision.validFrom().minusDays(1));
                assertThatThrownBy(() -> catalogue.line(Authority.US, code, revision.validFrom()))
                        .isInstanceOfSatisfying(ReferenceDataProblem.class,
                                p -> assertThat(p.code()).isEqualTo("TARIFF_CODE_NOT_IN_FORCE"));
                droppedChecked++;
            }
            previous = lines;
        }
        System.out.printf("HTSUS history: %d sampled, %d changed and %d dropped lines checked against their files; "
                        + "us_tariff_line %s rows, %s on disk with indexes%n", checked, changedChecked, droppedChecked,
                jdbc.queryForObject("SELECT count(*) FROM reference.us_tariff_line", Long.class),
                jdbc.queryForObject("SELECT pg_size_pretty(pg_total_relation_size('reference.us_tariff_line'))", String.class));
        assertThat(changedChecked).isGreaterThan(100);
        assertThat(droppedChecked).isGreaterThan(20);
    }

    /** The catalogue (what the assessment engine reads) and the history API both answer the file's texts. */
    private void assertAnswers(HtsusLine expected, LocalDate date) {
        TariffLine line = catalogue.line(Authority.US, expected.tariffCode(), date);
        assertThat(line.description()).as("%s on %s", expected.tariffCode(), date).isEqualTo(expected.description());
        assertThat(line.tariffUnits()).isEqualTo(expected.tariffUnits());
        assertThat(line.general().map(DutyRate::text)).isEqualTo(expected.general()
                .filter(g -> g instanceof io.jointclear.reference.htsus.RateParse.Rate).map(g -> g.text()));
        UsTariffLineVersion version = history.versions(expected.tariffCode()).stream().filter(v -> v.covers(date))
                .findFirst().orElseThrow();
        assertThat(version.generalText()).isEqualTo(expected.generalText());
        assertThat(version.specialText()).isEqualTo(expected.specialText());
        assertThat(version.column2Text()).isEqualTo(expected.column2Text());
        assertThat(version.additionalDuties()).isEqualTo(expected.additionalDuties());
        assertThat(version.footnotes()).isEqualTo(expected.footnotes());
    }

    @Test
    void the_mexico_fentanyl_heading_starts_on_4_march_2025_and_the_t_shirt_line_cites_chapter_99() {
        assertThatThrownBy(() -> catalogue.line(Authority.US, "9903010100", LocalDate.of(2025, 3, 3)))
                .isInstanceOfSatisfying(ReferenceDataProblem.class, p -> assertThat(p.code()).isEqualTo("TARIFF_CODE_NOT_IN_FORCE"));
        TariffLine fentanyl = catalogue.line(Authority.US, "9903010100", LocalDate.of(2025, 3, 4));
        assertThat(fentanyl.rateSource()).isEqualTo("HTSUS 2025 Revision 3");
        assertThat(history.chapter99Lines(LocalDate.of(2025, 3, 4))).extracting(UsTariffLineVersion::tariffCode)
                .contains("9903010100");
        assertThat(history.chapter99Lines(LocalDate.of(2025, 3, 3))).extracting(UsTariffLineVersion::tariffCode)
                .doesNotContain("9903010100");

        UsTariffLineVersion tshirt = history.versions("6109100012").stream()
                .filter(v -> v.covers(LocalDate.of(2025, 1, 15))).findFirst().orElseThrow();
        assertThat(tshirt.generalText()).isEqualTo("16.5%");
        assertThat(tshirt.citedChapter99Provisions()).contains("9903.88.15");
        assertThat(history.linesCitingChapter99(LocalDate.of(2025, 10, 15))).extracting(UsTariffLineVersion::tariffCode)
                .contains("6109100012");
        assertThat(history.revisionAt(LocalDate.of(2025, 3, 4)).revision()).isEqualTo("2025_rev_3");
        assertThat(history.revisionAt(LocalDate.of(2025, 3, 3)).revision()).isEqualTo("2025_rev_2");
    }

    @Test
    void every_date_from_2025_answers_and_an_earlier_one_is_a_problem() {
        assertThat(http.get("/api/v1/reference/tariff/US/6109100012?date=2025-01-01").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/reference/tariff/US/6109100012?date=2025-10-15").status()).isEqualTo(200);
        Http.Response before = http.get("/api/v1/reference/tariff/US/6109100012?date=2024-12-31");
        assertThat(before.status()).isEqualTo(422);
        assertThat(before.contentType()).startsWith("application/problem+json");
        assertThat(before.json().get("code").asString()).isEqualTo("DATE_OUTSIDE_REFERENCE_DATA");
        assertThatThrownBy(() -> history.chapter99Lines(LocalDate.of(2024, 12, 31)))
                .isInstanceOfSatisfying(ReferenceDataProblem.class, p -> assertThat(p.code()).isEqualTo("DATE_OUTSIDE_REFERENCE_DATA"));
    }

    private Http.Response postRevision(String user, String query, String contentType, byte[] body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + REVISIONS + query))
                    .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes()));
            }
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Http.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] shippedGzip(String revision) throws IOException {
        try (InputStream in = new ClassPathResource("reference-data/us-tariff-history/hts/hts_" + revision + ".json.gz").getInputStream()) {
            return in.readAllBytes();
        }
    }

    /**
     * The 2025 basic edition's JSON imported as a revision of 2030 (far after every date other tests use):
     * real texts, thousands of which differ from 2026 rev 10, so the import changes, adds and drops lines.
     */
    @Test
    void an_admin_imports_a_later_revision_which_closes_the_previous_one_once_and_in_order() throws IOException {
        byte[] gzip = shippedGzip("2025_basic");
        String query = "?revision=2029_rev_1&effectiveDate=2030-01-01";
        for (String user : List.of("broker", "carrier", "officer-us", "analyst", "auditor")) {
            assertThat(postRevision(user, query, "application/gzip", gzip).status()).as(user).isIn(401, 403);
        }
        assertThat(postRevision("broker", query, "application/gzip", gzip).status()).isEqualTo(403);
        assertThat(postRevision(null, query, "application/gzip", gzip).status()).isEqualTo(401);

        Http.Response bad = postRevision("admin", "?revision=2029_rev_1&effectiveDate=2030-01-01", "application/json",
                "{\"not\": \"an export\"}".getBytes());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("code").asString()).isEqualTo("MALFORMED_REVISION");
        Http.Response truncated = postRevision("admin", query, "application/json", "[{\"htsno\": \"0101\", ".getBytes());
        assertThat(truncated.status()).isEqualTo(400);
        assertThat(postRevision("admin", "?revision=rev11&effectiveDate=2030-01-01", "application/gzip", gzip).status())
                .isEqualTo(400);

        Http.Response old = postRevision("admin", "?revision=2026_rev_99&effectiveDate=2026-06-08", "application/gzip", gzip);
        assertThat(old.status()).isEqualTo(409);
        assertThat(old.contentType()).startsWith("application/problem+json");
        assertThat(old.json().get("code").asString()).isEqualTo("REVISION_OUT_OF_ORDER");
        Http.Response shippedAgain = postRevision("admin", "?revision=2026_rev_10&effectiveDate=2030-01-01", "application/gzip", gzip);
        assertThat(shippedAgain.status()).isEqualTo(409);
        assertThat(shippedAgain.json().get("code").asString()).isEqualTo("REVISION_ALREADY_IMPORTED");

        LocalDate before = LocalDate.of(2029, 12, 31);
        LocalDate from = LocalDate.of(2030, 1, 1);
        TariffLine fentanylBefore = catalogue.line(Authority.US, "9903010100", before);
        assertThat(history.versions("9903010100").getLast().validTo()).isEmpty();
        String tomatoBefore = catalogue.line(Authority.US, "0702002032", before).rateSource();

        Http.Response imported = postRevision("admin", query, "application/gzip", gzip);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode result = imported.json();
        assertThat(result.get("previousRevision").asString()).isEqualTo("2026_rev_10");
        assertThat(result.get("previousValidTo").asString()).isEqualTo("2029-12-31");
        assertThat(result.get("changed").asInt()).isPositive();
        assertThat(result.get("removed").asInt()).isPositive();

        // the 2025 basic edition has no IEEPA heading: the previous revision's line closes the day before
        assertThat(catalogue.line(Authority.US, "9903010100", before).rateSource()).isEqualTo(fentanylBefore.rateSource());
        assertThat(history.versions("9903010100").getLast().validTo()).contains(before);
        assertThatThrownBy(() -> catalogue.line(Authority.US, "9903010100", from))
                .isInstanceOfSatisfying(ReferenceDataProblem.class, p -> assertThat(p.code()).isEqualTo("TARIFF_CODE_NOT_IN_FORCE"));
        assertThat(catalogue.line(Authority.US, "0702002032", before).rateSource()).isEqualTo(tomatoBefore);
        assertThat(history.revisionAt(from).revision()).isEqualTo("2029_rev_1");
        assertThat(history.revisionAt(before).revision()).isEqualTo("2026_rev_10");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE action = 'HTSUS_REVISION_IMPORTED' "
                + "AND subject_id = '2029_rev_1'", Integer.class)).isEqualTo(1);

        Http.Response twice = postRevision("admin", "?revision=2029_rev_1&effectiveDate=2030-06-01", "application/gzip", gzip);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("REVISION_ALREADY_IMPORTED");
        Http.Response sameDay = postRevision("admin", "?revision=2029_rev_2&effectiveDate=2030-01-01", "application/gzip", gzip);
        assertThat(sameDay.status()).isEqualTo(409);
        assertThat(sameDay.json().get("code").asString()).isEqualTo("REVISION_OUT_OF_ORDER");

        JsonNode listed = http.get(REVISIONS).json();
        assertThat(listed.get(listed.size() - 1).get("revision").asString()).isEqualTo("2029_rev_1");
        assertThat(listed.get(listed.size() - 2).get("validTo").asString()).isEqualTo("2029-12-31");
        Set<String> origins = new HashSet<>();
        listed.forEach(r -> origins.add(r.get("origin").asString()));
        assertThat(origins).containsExactlyInAnyOrder("shipped", "import");
    }
}
