package io.jointclear.reference.htsus;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.reference.HtsFootnote;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped history snapshot is the history the 43 shipped JSON revisions give, version for version.
 * When the JSON or the history logic changes this test fails; regenerate the snapshot with
 * {@code ./mvnw -B -o test -Dtest=HtsHistorySnapshotTest
 * -Djointclear.htsus.write-snapshot=src/main/resources/reference-data/us-tariff-history/history.tsv.gz}.
 */
class HtsHistorySnapshotTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void texts_with_tabs_newlines_backslashes_and_quotes_survive_the_file() throws IOException {
        HtsLineText awkward = new HtsLineText("9903880100", "a\tb\nc\\d \"e\" \r", List.of("doz.", "k\"g\\", "a\tb"),
                "25%", "Free (A,\tS)", "\\N", "", "", true,
                List.of(new HtsFootnote(List.of("general"), "See 9903.88.15.\n", "footnote")));
        HtsLineText plain = new HtsLineText("0101210010", "Horses", List.of(), "Free", "", "", "", "", false, List.of());
        HtsHistorySnapshot.Snapshot snapshot = new HtsHistorySnapshot.Snapshot(new HtsHistorySnapshot.Header("abc",
                List.of(new HtsHistorySnapshot.RevisionCounts("2025_basic", LocalDate.of(2025, 1, 1), null, 2, 2, 0, 0)),
                Map.of("rateCells", 3)), List.of(
                new HtsHistory.Version(awkward, "2025_basic", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 3)),
                new HtsHistory.Version(plain, "2025_basic", LocalDate.of(2025, 1, 1), null)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtsHistorySnapshot.write(snapshot, out);

        HtsHistorySnapshot.Snapshot back = HtsHistorySnapshot.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(back.versions()).isEqualTo(snapshot.versions());
        assertThat(back.header().revisions()).isEqualTo(snapshot.header().revisions());
        assertThat(back.header().sources()).isEqualTo("abc");
        assertThat(HtsVersionStore.arrayLiteral(awkward.tariffUnits())).isEqualTo("{\"doz.\",\"k\\\"g\\\\\",\"a\tb\"}");
    }

    /** Reads all 43 revisions (~10 s of CPU): the one place that pays what the snapshot saves. */
    @Test
    void the_shipped_snapshot_is_the_history_of_the_shipped_json() throws IOException {
        List<ShippedRevisions.Shipped> shipped = ShippedRevisions.list();
        HtsHistorySnapshot.Snapshot computed = HtsHistorySnapshot.compute(shipped);
        String target = System.getProperty("jointclear.htsus.write-snapshot");
        if (target != null && !target.isBlank()) {
            try (OutputStream out = Files.newOutputStream(Path.of(target))) {
                HtsHistorySnapshot.write(computed, out);
            }
        }
        HtsHistorySnapshot.Snapshot stored;
        try (InputStream in = new ClassPathResource(HtsHistorySnapshot.RESOURCE).getInputStream()) {
            stored = HtsHistorySnapshot.read(in);
        }

        assertThat(stored.header().sources()).isEqualTo(HtsHistorySnapshot.sourcesChecksum(shipped));
        assertThat(stored.header().revisions()).isEqualTo(computed.header().revisions());
        assertThat(JSON.writeValueAsString(stored.header().notes())).isEqualTo(JSON.writeValueAsString(computed.header().notes()));
        assertThat(stored.versions()).hasSameSizeAs(computed.versions());
        for (int i = 0; i < computed.versions().size(); i++) {
            assertThat(stored.versions().get(i)).as("version %d", i).isEqualTo(computed.versions().get(i));
        }
        // the loader takes the snapshot only when it was computed from the files shipped
        assertThat(HtsHistorySnapshot.shipped(shipped).versions()).isEqualTo(stored.versions());
    }
}
