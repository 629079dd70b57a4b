package io.jointclear.reference.htsus;

import io.jointclear.reference.loading.DatasetLoader;
import io.jointclear.reference.loading.SqlLoads;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The HTSUS 2026 edition (revision 4): every statistical line with its printed rate texts. Texts that
 * are not computable rates are counted and listed in the dataset notes and the log, never dropped.
 */
@Component
@Order(50)
class HtsusLoader implements DatasetLoader {

    private static final Logger log = LoggerFactory.getLogger(HtsusLoader.class);
    static final String FILE = "reference-data/htsus/hts_2026_revision_4.csv";
    static final String EDITION = "HTSUS 2026 Revision 4";

    private final LocalDate validFrom;

    /**
     * @param validFrom first day the edition answers for. Only one revision of the year is shipped, so
     *                  the whole 2026 edition is dated from 1 January; an older date is "outside the data".
     */
    HtsusLoader(@Value("${jointclear.reference.htsus.valid-from:2026-01-01}") LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    @Override
    public String name() {
        return "htsus";
    }

    @Override
    public List<String> resources() {
        return List.of(FILE);
    }

    @Override
    public String source() {
        return EDITION + " (USITC, public domain), in force from " + validFrom;
    }

    @Override
    public int version() {
        return validFrom.hashCode();
    }

    @Override
    public LoadResult load(Connection connection) throws SQLException, IOException {
        HtsusFile file;
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            file = HtsusFile.read(in);
        }
        SqlLoads.run(connection, "DELETE FROM reference.us_tariff_line");
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO reference.us_tariff_line (tariff_code, edition, valid_from, valid_to, description,
                    tariff_units, general_text, special_text, column2_text, additional_duties, quota_quantity, chapter99)
                VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            for (HtsusLine line : file.lines()) {
                insert.setString(1, line.tariffCode());
                insert.setString(2, EDITION);
                insert.setDate(3, Date.valueOf(validFrom));
                insert.setString(4, line.description());
                insert.setArray(5, connection.createArrayOf("text", line.tariffUnits().toArray()));
                insert.setString(6, line.generalText());
                insert.setString(7, line.specialText());
                insert.setString(8, line.column2Text());
                insert.setString(9, line.additionalDuties());
                insert.setString(10, line.quota());
                insert.setBoolean(11, line.chapter99());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        HtsusFile.Counts counts = file.counts();
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("edition", EDITION);
        notes.put("rateCells", counts.rateCells());
        notes.put("unparsedRateCells", counts.unparsedRateCells());
        notes.put("coverage", counts.coverage());
        notes.put("unparsedRates", file.unparsedRates().stream().map(UnparsedRate::toString).toList());
        if (!file.unparsedRates().isEmpty()) {
            log.warn("{}: {} of {} rate cells are not computable rates and stay text only (full list in the "
                            + "dataset notes, GET /api/v1/reference/datasets), e.g. {}", EDITION,
                    counts.unparsedRateCells(), counts.rateCells(), file.unparsedRates().stream().limit(3).toList());
        }
        return new LoadResult(file.lines().size(), notes);
    }
}
