package io.jointclear.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.jointclear.reference.htsus.HtsRevisionImport;
import io.jointclear.support.Http;
import io.jointclear.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An imported revision tells the administrator what it changes in chapter 99 and which loaded measure
 * rows to review: a synthetic revision derived from the last shipped one (2026 rev 10) adds a 9903
 * heading, changes the rate text of a heading that has measure rows, and adds a footnote citing it.
 */
@IntegrationTest
class HtsRevisionChapter99IT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NEW_HEADING = "9903.99.97";
    private static final String NEW_RATE = "The duty provided in the applicable subheading + 7%";
    private static final String CHANGED_RATE = "The duty provided in the applicable subheading + 35%";

    @LocalServerPort
    int port;

    @Autowired
    HtsRevisionImport revisionImport;

    @Autowired
    UsTariffHistory history;

    @Autowired
    Chapter99Measures measures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_later_revision_lists_its_chapter_99_changes_and_the_measure_rows_to_review() throws IOException {
        HtsRevision latest = history.revisions().getLast();
        assumeThat(latest.revision()).as("derived from the latest shipped revision").isEqualTo("2026_rev_10");
        LocalDate from = latest.validFrom().plusDays(7);
        ArrayNode rows = (ArrayNode) JSON.readTree(shipped("2026_rev_10"));
        ObjectNode ruled = headingWithMeasureRows(rows, from);
        String heading = ruled.get("htsno").asString();
        String rateBefore = ruled.get("general").asString();
        ruled.put("general", CHANGED_RATE);
        ObjectNode added = rows.objectNode();
        added.put("htsno", NEW_HEADING).put("indent", "0").put("description", "Test heading of a synthetic revision")
                .put("general", NEW_RATE).put("special", "").put("other", "");
        added.putArray("units");
        added.putArray("footnotes");
        rows.insert(indexOf(rows, ruled) + 1, added);
        ObjectNode tshirts = row(rows, "6109.10.00.12");
        ((ArrayNode) tshirts.get("footnotes")).addObject().put("value", "See " + heading + ". ").put("type", "footnote")
                .putArray("columns").add("general");

        HtsRevisionImport.Result result = revisionImport.importRevision("2026_rev_91", from,
                JSON.writeValueAsBytes(rows), "admin");

        List<Chapter99Change> changes = result.chapter99Changes();
        assertThat(changes).extracting(Chapter99Change::kind, Chapter99Change::heading).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("HEADING_ADDED", NEW_HEADING),
                org.assertj.core.groups.Tuple.tuple("RATE_TEXT_CHANGED", heading),
                org.assertj.core.groups.Tuple.tuple("SCOPE_GREW", heading));
        Chapter99Change addedHeading = change(changes, "HEADING_ADDED");
        assertThat(addedHeading.after()).isEqualTo(NEW_RATE);
        assertThat(addedHeading.measures()).isEmpty();
        assertThat(addedHeading.uncovered()).containsExactly(NEW_HEADING);
        assertThat(addedHeading.review()).isTrue();
        Chapter99Change rate = change(changes, "RATE_TEXT_CHANGED");
        assertThat(rate.before()).isEqualTo(rateBefore);
        assertThat(rate.after()).isEqualTo(CHANGED_RATE);
        assertThat(rate.measures()).isEqualTo(measures.rulesOf(heading, from)).isNotEmpty();
        assertThat(rate.review()).isTrue();
        Chapter99Change scope = change(changes, "SCOPE_GREW");
        assertThat(scope.codes()).containsExactly("6109100012");
        assertThat(scope.uncovered()).containsExactly("6109100012");
        assertThat(Integer.parseInt(scope.after())).isEqualTo(Integer.parseInt(scope.before()) + 1);
        assertThat(result.measuresToReview()).containsExactlyElementsOf(rate.measures());

        // stored with the revision, worded for the reader by GET, audited
        Http.Response es = new Http(port).header("Accept-Language", "es").get("/api/v1/reference/htsus/revisions");
        assertThat(es.status()).isEqualTo(200);
        JsonNode stored = es.json().get(es.json().size() - 1);
        assertThat(stored.get("revision").asString()).isEqualTo("2026_rev_91");
        assertThat(stored.get("chapter99Changes")).hasSize(3);
        assertThat(stored.get("chapter99Changes").toString()).contains("Se agregó la partida " + NEW_HEADING,
                "La tasa de la partida " + heading + " cambió", "Medidas por revisar: " + rate.measures().getFirst(),
                "Ninguna medida cargada cubre 1 de ellas: 6109100012");
        Http.Response en = new Http(port).header("Accept-Language", "en").get("/api/v1/reference/htsus/revisions");
        assertThat(en.json().get(en.json().size() - 1).get("chapter99Changes").toString())
                .contains("Chapter 99 heading " + NEW_HEADING + " added", "Measure rows to review");
        assertThat(es.json().get(0).get("chapter99Changes")).as("a shipped revision").isEmpty();
        assertThat(jdbc.queryForObject("SELECT details::jsonb->>'measuresToReview' FROM audit.entry WHERE action = "
                + "'HTSUS_REVISION_IMPORTED' AND subject_id = '2026_rev_91'", String.class))
                .contains(rate.measures().getFirst());
    }

    /**
     * A chapter-99 heading printed with a rate text, with a measure row in force on the date that does not
     * cover the T-shirt line (the footnote added to it is then a scope the rows do not follow).
     */
    private ObjectNode headingWithMeasureRows(ArrayNode rows, LocalDate date) {
        for (JsonNode r : rows) {
            String number = r.path("htsno").asString("");
            if (number.matches("9903\\.\\d{2}\\.\\d{2}") && r.path("general").asString("").contains("%")
                    && !measures.rulesOf(number, date).isEmpty() && !measures.covers(number, "6109100012", date)) {
                return (ObjectNode) r;
            }
        }
        throw new AssertionError("no chapter-99 heading of 2026 rev 10 has a measure row on " + date);
    }

    private static ObjectNode row(ArrayNode rows, String number) {
        for (JsonNode r : rows) {
            if (number.equals(r.path("htsno").asString(""))) {
                return (ObjectNode) r;
            }
        }
        throw new AssertionError(number + " not in the revision");
    }

    private static int indexOf(ArrayNode rows, JsonNode row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == row) {
                return i;
            }
        }
        throw new AssertionError("row not found");
    }

    private static Chapter99Change change(List<Chapter99Change> changes, String kind) {
        return changes.stream().filter(c -> c.kind().equals(kind)).findFirst().orElseThrow();
    }

    private static String shipped(String revision) throws IOException {
        try (InputStream in = new GZIPInputStream(new ClassPathResource(
                "reference-data/us-tariff-history/hts/hts_" + revision + ".json.gz").getInputStream())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
