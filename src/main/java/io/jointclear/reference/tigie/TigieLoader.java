package io.jointclear.reference.tigie;

import static io.jointclear.reference.loading.SqlLoads.dateOrNull;

import io.jointclear.reference.loading.DatasetLoader;
import io.jointclear.reference.loading.SqlLoads;
import io.jointclear.reference.loading.StagingCopy;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.sql.ResultSet;
import java.sql.Statement;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * TIGIE fracciones + NICO with description, UMT and validity dates (SAT catalogue
 * c_FraccionArancelaria of the CFDI Comercio Exterior complement), plus the 8-digit fracciones of
 * earlier editions and the UMT catalogue.
 */
@Component
@Order(20)
class TigieLoader implements DatasetLoader {

    private static final String NICO = "reference-data/tigie/sat_cce20_fracciones_nico.csv";
    private static final String HISTORIC = "reference-data/tigie/sat_cce11_fracciones_historic.csv";
    private static final String UMT = "reference-data/tigie/sat_cce20_unidades_medida_umt.csv";

    @Override
    public String name() {
        return "tigie";
    }

    @Override
    public List<String> resources() {
        return List.of(NICO, HISTORIC, UMT);
    }

    @Override
    public String source() {
        return "SAT c_FraccionArancelaria (CCE 2.0 and 1.1) via phpcfdi/resources-sat-catalogs (Unlicense)";
    }

    @Override
    public LoadResult load(Connection connection) throws SQLException, IOException {
        var nico = StagingCopy.copy(connection, NICO, "stage_nico");
        var historic = StagingCopy.copy(connection, HISTORIC, "stage_fraccion");
        var umt = StagingCopy.copy(connection, UMT, "stage_umt");
        SqlLoads.run(connection,
                "DELETE FROM reference.mx_tariff_line",
                "DELETE FROM reference.mx_fraccion_historic",
                "DELETE FROM reference.mx_umt",
                "INSERT INTO reference.mx_umt (code, name) SELECT %s, %s FROM %s"
                        .formatted(umt.col("id"), umt.col("texto"), umt.table()),
                // The historic catalogue mixes 8-digit fracciones (2007/2012 editions) with the 10-digit
                // fracción + NICO lines of the 2020 edition; the latter are tariff lines like today's.
                """
                INSERT INTO reference.mx_fraccion_historic (fraccion, description, umt_code, valid_from, valid_to)
                SELECT %1$s, %2$s, %3$s, %4$s, %5$s FROM %6$s WHERE length(%1$s) = 8
                """.formatted(historic.col("fraccion"), historic.col("texto"), historic.col("unidad"),
                        dateOrNull(historic.col("vigencia_desde")), dateOrNull(historic.col("vigencia_hasta")),
                        historic.table()),
                """
                INSERT INTO reference.mx_tariff_line (tariff_code, catalogue, description, umt_code, valid_from, valid_to)
                SELECT %1$s, 'CCE 1.1 (TIGIE 2020)', %2$s, %3$s, %4$s, %5$s FROM %6$s WHERE length(%1$s) = 10
                """.formatted(historic.col("fraccion"), historic.col("texto"), historic.col("unidad"),
                        dateOrNull(historic.col("vigencia_desde")), dateOrNull(historic.col("vigencia_hasta")),
                        historic.table()));
        SqlLoads.run(connection, """
                INSERT INTO reference.mx_tariff_line (tariff_code, catalogue, description, umt_code, valid_from, valid_to)
                SELECT %s, 'CCE 2.0 (TIGIE 2022)', %s, %s, %s, %s FROM %s
                """.formatted(nico.col("fraccion"), nico.col("texto"), nico.col("unidad"),
                dateOrNull(nico.col("vigencia_desde")), dateOrNull(nico.col("vigencia_hasta")), nico.table()));
        return LoadResult.of(count(connection));
    }

    private static int count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM reference.mx_tariff_line")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
