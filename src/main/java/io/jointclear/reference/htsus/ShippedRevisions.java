package io.jointclear.reference.htsus;

import io.jointclear.reference.csv.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;

/**
 * The revisions shipped in {@code reference-data/us-tariff-history/}, from {@code revision_dates.csv}.
 * A revision's lines apply from its policy effective date where the file gives one (the day the
 * measures it prints started to apply to goods), else from the day its text took effect: rev 3 of 2025
 * was published on 4 February with the Mexico fentanyl heading, which applied only from 4 March.
 * Revisions missing from the file (2026 rev 8, editorial only) are shipped but not loaded.
 */
final class ShippedRevisions {

    static final String FOLDER = "reference-data/us-tariff-history/";
    static final String DATES = FOLDER + "revision_dates.csv";

    /** One shipped revision: id as in the file names ("2025_rev_3"), when it applies, when it was published. */
    record Shipped(String revision, LocalDate validFrom, LocalDate published, String resource) {
    }

    private ShippedRevisions() {
    }

    static List<Shipped> list() {
        List<Shipped> revisions = new ArrayList<>();
        try (InputStream in = new ClassPathResource(DATES).getInputStream()) {
            CsvReader csv = CsvReader.utf8(in);
            CsvReader.Header header = csv.readHeader();
            for (List<String> record : csv) {
                String name = header.get(record, "revision").strip();
                // the 2025 rows are named "basic", "rev_1" …, the 2026 rows "2026_basic", "2026_rev_1" …
                String revision = name.matches("\\d{4}_.*") ? name : "2025_" + name;
                LocalDate published = LocalDate.parse(header.get(record, "effective_date").strip());
                LocalDate validFrom = date(header.get(record, "policy_effective_date")).orElse(published);
                revisions.add(new Shipped(revision, validFrom, published, FOLDER + "hts/hts_" + revision + ".json.gz"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(revisions);
    }

    private static Optional<LocalDate> date(String text) {
        String t = text.strip();
        return t.isEmpty() || t.equals("NA") ? Optional.empty() : Optional.of(LocalDate.parse(t));
    }

    /** "HTSUS 2025 Revision 3", "HTSUS 2026 Basic Edition": the edition named on every line's rates. */
    static String label(String revision) {
        String year = revision.substring(0, 4);
        String rest = revision.substring(5);
        return rest.equals("basic") ? "HTSUS " + year + " Basic Edition"
                : "HTSUS " + year + " Revision " + rest.replace("rev_", "");
    }
}
