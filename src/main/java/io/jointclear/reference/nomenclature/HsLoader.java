package io.jointclear.reference.nomenclature;

import io.jointclear.reference.loading.DatasetLoader;
import io.jointclear.reference.loading.SqlLoads;
import io.jointclear.reference.loading.StagingCopy;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** HS 2022 sections, chapters, headings and subheadings (WCO nomenclature via UN Comtrade). */
@Component
@Order(10)
class HsLoader implements DatasetLoader {

    private static final String SECTIONS = "reference-data/hs/sections.csv";
    private static final String NOMENCLATURE = "reference-data/hs/harmonized-system.csv";

    @Override
    public String name() {
        return "hs2022";
    }

    @Override
    public List<String> resources() {
        return List.of(SECTIONS, NOMENCLATURE);
    }

    @Override
    public String source() {
        return "WCO Harmonized System 2022 via datasets/harmonized-system (ODC-PDDL)";
    }

    @Override
    public LoadResult load(Connection connection) throws SQLException, IOException {
        var sections = StagingCopy.copy(connection, SECTIONS, "stage_hs_section");
        var hs = StagingCopy.copy(connection, NOMENCLATURE, "stage_hs");
        SqlLoads.run(connection,
                "DELETE FROM reference.hs_nomenclature",
                "DELETE FROM reference.hs_section",
                "INSERT INTO reference.hs_section (section, name) SELECT %s, %s FROM %s"
                        .formatted(sections.col("section"), sections.col("name"), sections.table()));
        // The Comtrade file carries a level-5 "TOTAL" row that is not part of the HS: skipped.
        int rows = SqlLoads.run(connection, """
                INSERT INTO reference.hs_nomenclature (code, level, parent, section, description)
                SELECT %s, CAST(%s AS smallint), NULLIF(%s, 'TOTAL'), %s, %s FROM %s WHERE %s IN ('2', '4', '6')
                """.formatted(hs.col("hscode"), hs.col("level"), hs.col("parent"), hs.col("section"),
                hs.col("description"), hs.table(), hs.col("level")));
        return LoadResult.of(rows);
    }
}
