package io.jointclear.reference.htsus;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.reference.csv.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every rate text of the shipped HTSUS file, parsed: how many are understood. */
class HtsRateCoverageTest {

    static final String FILE = "/reference-data/htsus/hts_2026_revision_4.csv";

    private record Tally(int cells, int distinct, int unparsedCells, Map<String, Integer> unparsed) {
    }

    @Test
    void almost_every_rate_cell_of_the_file_is_understood() throws IOException {
        Map<String, Integer> rateTexts = new TreeMap<>();
        Map<String, Integer> specialTexts = new TreeMap<>();
        try (InputStream in = HtsRateCoverageTest.class.getResourceAsStream(FILE)) {
            CsvReader csv = CsvReader.utf8(in);
            CsvReader.Header header = csv.readHeader();
            for (List<String> record : csv) {
                tally(rateTexts, header.get(record, "General Rate of Duty"));
                tally(rateTexts, header.get(record, "Column 2 Rate of Duty"));
                tally(specialTexts, header.get(record, "Special Rate of Duty"));
            }
        }

        Map<String, Integer> unparsed = new TreeMap<>();
        rateTexts.forEach((text, n) -> {
            if (!HtsRateParser.parse(text).understood()) {
                unparsed.put(text, n);
            }
        });
        specialTexts.forEach((text, n) -> {
            if (!HtsRateParser.parseSpecial(text).understood()) {
                unparsed.put(text, n);
            }
        });
        int cells = sum(rateTexts) + sum(specialTexts);
        int distinct = rateTexts.size() + specialTexts.size();
        int unparsedCells = sum(unparsed);
        double cellCoverage = 1 - (double) unparsedCells / cells;
        double distinctCoverage = 1 - (double) unparsed.size() / distinct;

        System.out.printf("HTSUS rate coverage: %d/%d cells (%.3f%%), %d/%d distinct texts (%.3f%%)%n",
                cells - unparsedCells, cells, 100 * cellCoverage,
                distinct - unparsed.size(), distinct, 100 * distinctCoverage);
        unparsed.forEach((text, n) -> System.out.printf("  unparsed x%d: %s -> %s%n", n,
                text.replace("\n", "\\n"), specialTexts.containsKey(text) ? specialReasons(text) : reason(text)));

        assertThat(cells).isGreaterThan(35_000);
        assertThat(cellCoverage).isGreaterThanOrEqualTo(0.995);
    }

    private static String reason(String text) {
        return ((RateParse.Unparsed) HtsRateParser.parse(text)).reason();
    }

    private static String specialReasons(String text) {
        return HtsRateParser.parseSpecial(text).unparsed().stream()
                .map(g -> "\"" + g.rate().text() + "\" " + g.programs() + ": " + ((RateParse.Unparsed) g.rate()).reason())
                .toList().toString();
    }

    private static void tally(Map<String, Integer> texts, String text) {
        if (!text.isBlank()) {
            texts.merge(text, 1, Integer::sum);
        }
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
