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

/** UN/LOCODE 2022-2 locations of Mexico and the United States (country header rows skipped). */
@Component
@Order(33)
class UnlocodeLoader implements DatasetLoader {

    private static final String UNLOCODE = "reference-data/unlocode/unlocode_2022-2_MX_US.csv";

    @Override
    public String name() {
        return "unlocode";
    }

    @Override
    public List<String> resources() {
        return List.of(UNLOCODE);
    }

    @Override
    public String source() {
        return "UNECE UN/LOCODE 2022-2, MX and US entries";
    }

    @Override
    public LoadResult load(Connection connection) throws SQLException, IOException {
        var s = StagingCopy.copy(connection, UNLOCODE, "stage_unlocode");
        SqlLoads.run(connection, "DELETE FROM reference.unlocode");
        int rows = SqlLoads.run(connection, """
                INSERT INTO reference.unlocode (change, country, location, name, subdivision, function, status, iata, coordinates)
                SELECT coalesce(%s, ''), %s, %s, %s, coalesce(%s, ''), coalesce(%s, ''), coalesce(%s, ''),
                       coalesce(%s, ''), coalesce(%s, '')
                FROM %s WHERE coalesce(%s, '') <> ''
                """.formatted(s.col("Change"), s.col("Country"), s.col("Location"), s.col("Name"), s.col("Subdivision"),
                s.col("Function"), s.col("Status"), s.col("IATA"), s.col("Coordinates"), s.table(), s.col("Location")));
        return LoadResult.of(rows);
    }
}
