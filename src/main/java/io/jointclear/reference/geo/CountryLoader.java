package io.jointclear.reference.geo;

import io.jointclear.reference.loading.DatasetLoader;
import io.jointclear.reference.loading.SqlLoads;
import io.jointclear.reference.loading.StagingCopy;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** ISO 3166-1 countries, with Spanish names from the SAT country catalogue where it has one. */
@Component
@Order(30)
class CountryLoader implements DatasetLoader {

    private static final String ISO = "reference-data/reference/country-codes.csv";
    private static final String SAT = "reference-data/reference/mx_sat_paises.csv";

    @Override
    public String name() {
        return "countries";
    }

    @Override
    public List<String> resources() {
        return List.of(ISO, SAT);
    }

    @Override
    public String source() {
        return "ISO 3166-1 via datasets/country-codes (ODC-PDDL); Spanish names from SAT c_Pais";
    }

    @Override
    public LoadResult load(Connection connection) throws SQLException, IOException {
        var iso = StagingCopy.copy(connection, ISO, "stage_country");
        var sat = StagingCopy.copy(connection, SAT, "stage_pais");
        SqlLoads.run(connection, "DELETE FROM reference.country");
        int rows = SqlLoads.run(connection, """
                INSERT INTO reference.country (alpha2, alpha3, numeric, name_en, name_es)
                SELECT i.%s, i.%s, lpad(i.%s, 3, '0'), coalesce(NULLIF(i.%s, ''), i.%s),
                       coalesce(NULLIF(p.%s, ''), NULLIF(i.%s, ''), i.%s)
                FROM %s i LEFT JOIN %s p ON p.%s = i.%s
                WHERE i.%s <> ''
                """.formatted(iso.col("ISO3166-1-Alpha-2"), iso.col("ISO3166-1-Alpha-3"), iso.col("ISO3166-1-numeric"),
                iso.col("CLDR display name"), iso.col("official_name_en"),
                sat.col("texto"), iso.col("UNTERM Spanish Short"), iso.col("official_name_en"),
                iso.table(), sat.table(), sat.col("id"), iso.col("ISO3166-1-Alpha-3"),
                iso.col("ISO3166-1-Alpha-2")));
        return LoadResult.of(rows);
    }
}
