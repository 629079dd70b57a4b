package io.jointclear.reference.htsus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The JSON export of a revision read into the same lines as the CSV export of that revision: 2026
 * revision 4 is shipped in both formats, so the JSON reader is checked against an independent file.
 */
class HtsusJsonTest {

    @Test
    void the_json_of_2026_revision_4_gives_the_lines_of_its_csv_plus_footnotes() throws IOException {
        HtsusFile csv;
        try (InputStream in = HtsusJsonTest.class.getResourceAsStream(HtsRateCoverageTest.FILE)) {
            csv = HtsusFile.read(in);
        }
        HtsusFile json;
        try (InputStream in = new GZIPInputStream(new ClassPathResource(
                "reference-data/us-tariff-history/hts/hts_2026_rev_4.json.gz").getInputStream())) {
            json = HtsusFile.readJson(in);
        }
        assertThat(json.lines()).hasSameSizeAs(csv.lines());
        List<String> differences = new ArrayList<>();
        for (HtsusLine c : csv.lines()) {
            HtsusLine j = json.line(c.tariffCode()).orElse(null);
            if (j == null || !j.description().equals(c.description()) || !j.generalText().equals(c.generalText())
                    || !j.specialText().equals(c.specialText()) || !j.column2Text().equals(c.column2Text())
                    || !j.tariffUnits().equals(c.tariffUnits()) || !j.additionalDuties().equals(c.additionalDuties())) {
                differences.add(c.tariffCode());
            }
        }
        assertThat(differences).isEmpty();
        assertThat(json.counts().unparsedRateCells()).isEqualTo(csv.counts().unparsedRateCells());

        HtsusLine tshirt = json.line("6109100012").orElseThrow();
        assertThat(tshirt.generalText()).isEqualTo("16.5%");
        assertThat(tshirt.footnotes()).anySatisfy(f -> {
            assertThat(f.text()).isEqualTo("See 9903.88.15.");
            assertThat(f.columns()).containsExactly("general");
            assertThat(f.citedProvisions()).containsExactly("9903.88.15");
        });
        assertThat(csv.line("6109100012").orElseThrow().footnotes()).isEmpty();
    }

    @Test
    void what_is_not_an_export_is_refused_with_the_reason() {
        assertThatThrownBy(() -> read("{\"htsno\": \"0101\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> read("[]")).hasMessageContaining("no rows");
        assertThatThrownBy(() -> read("[{\"htsno\": \"01.01\"")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> read("[{\"htsno\": \"0101\", \"indent\": \"0\", \"description\": {\"a\": 1}}]"))
                .hasMessageContaining("row 0");
        assertThatThrownBy(() -> read("[{\"htsno\": \"abc\", \"indent\": \"0\", \"description\": \"x\"}]"))
                .hasMessageContaining("not a tariff number");
        assertThatThrownBy(() -> read("[{\"htsno\": \"0101\", \"indent\": \"0\", \"description\": \"x\\u0000\"}]"))
                .hasMessageContaining("NUL");
    }

    private static HtsusFile read(String json) {
        return HtsusFile.readJson(new ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
