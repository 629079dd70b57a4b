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

/** ISO 4217 currencies, current and withdrawn (a current entry wins over a historic one). */
@Component
@Order(31)
class CurrencyLoader implements DatasetLoader {

    private static final String ISO = "reference-data/reference/currency-codes.csv";

    @Override
    public String name() {
        return "currencies";
    }

    @Override
    public List<String> resources() {
        return List.of(ISO);
    }

    @Override
    public String source() {
        return "ISO 4217 via datasets/currency-codes (ODC-PDDL)";
    }

    @Override
    public LoadResult load(Connection connection) throws SQLException, IOException {
        var iso = StagingCopy.copy(connection, ISO, "stage_currency");
        SqlLoads.run(connection, "DELETE FROM reference.currency");
        int rows = SqlLoads.run(connection, """
                INSERT INTO reference.currency (code, numeric, name, minor_unit, withdrawn)
                SELECT DISTINCT ON (code) code, numeric, name, minor_unit, withdrawn FROM (
                    SELECT %s AS code, NULLIF(%s, '') AS numeric, %s AS name,
                           CASE WHEN %s ~ '^[0-9]+$' THEN CAST(%s AS smallint) END AS minor_unit,
                           coalesce(%s, '') <> '' AS withdrawn
                    FROM %s WHERE coalesce(%s, '') <> '') c
                ORDER BY code, withdrawn, name
                """.formatted(iso.col("AlphabeticCode"), iso.col("NumericCode"), iso.col("Currency"),
                iso.col("MinorUnit"), iso.col("MinorUnit"), iso.col("WithdrawalDate"), iso.table(),
                iso.col("AlphabeticCode")));
        return LoadResult.of(rows);
    }
}
