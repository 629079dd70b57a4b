package io.jointclear.reference.geo;

import io.jointclear.reference.loading.DatasetLoader;
import io.jointclear.reference.loading.SqlLoads;
import io.jointclear.reference.loading.StagingCopy;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Mexican aduanas, US Schedule D ports, the US ports on the Mexican land border and the land-port
 * pairs where joint crossings happen. A pair naming an unknown aduana or port fails the load.
 */
@Component
@Order(32)
class PortLoader implements DatasetLoader {

    private static final String ADUANAS = "reference-data/reference/mx_sat_aduanas.csv";
    private static final String SCHEDULE_D = "reference-data/reference/us_cbp_schedule_d_port_codes.csv";
    private static final String LAND_PORTS = "reference-data/border/us_mexico_land_ports.csv";
    private static final String PAIRS = "reference-data/port-pairs/mx_us_land_port_pairs.csv";

    @Override
    public String name() {
        return "ports";
    }

    @Override
    public List<String> resources() {
        return List.of(ADUANAS, SCHEDULE_D, LAND_PORTS, PAIRS);
    }

    @Override
    public String source() {
        return "SAT c_Aduana; Census/CBP Schedule D; BTS land ports; JointClear port pairs (brief §3.5)";
    }

    @Override
    public LoadResult load(Connection connection) throws SQLException, IOException {
        var aduanas = StagingCopy.copy(connection, ADUANAS, "stage_aduana");
        var ports = StagingCopy.copy(connection, SCHEDULE_D, "stage_port");
        var land = StagingCopy.copy(connection, LAND_PORTS, "stage_land_port");
        var pairs = StagingCopy.copy(connection, PAIRS, "stage_pair");
        SqlLoads.run(connection,
                "DELETE FROM reference.port_pair",
                "DELETE FROM reference.us_land_port",
                "DELETE FROM reference.us_port",
                "DELETE FROM reference.mx_aduana",
                """
                INSERT INTO reference.mx_aduana (code, name, valid_from, valid_to)
                SELECT %s, %s, %s, %s FROM %s
                """.formatted(aduanas.col("id"), aduanas.col("texto"), SqlLoads.dateOrNull(aduanas.col("vigencia_desde")),
                        SqlLoads.dateOrNull(aduanas.col("vigencia_hasta")), aduanas.table()),
                // Only real 4-digit ports: BTS "nnXX" district pseudo-codes are not ports of entry.
                """
                INSERT INTO reference.us_port (code, name, district, state)
                SELECT %s, %s, coalesce(%s, ''), coalesce(%s, '') FROM %s WHERE %s ~ '^[0-9]{4}$'
                """.formatted(ports.col("port_code"), ports.col("port_name"), ports.col("customs_district"),
                        ports.col("state"), ports.table(), ports.col("port_code")),
                """
                INSERT INTO reference.us_land_port (code, name, state, lat, lon)
                SELECT %s, %s, %s, CAST(%s AS numeric), CAST(%s AS numeric) FROM %s
                """.formatted(land.col("port_code"), land.col("port_name_bts"), land.col("state"),
                        land.col("lat"), land.col("lon"), land.table()));
        int pairRows = SqlLoads.run(connection, """
                INSERT INTO reference.port_pair (mx_customs_office, mx_name, us_port, us_name)
                SELECT %s, %s, %s, %s FROM %s
                """.formatted(pairs.col("mx_customs_office"), pairs.col("mx_name"), pairs.col("us_port"),
                pairs.col("us_name"), pairs.table()));
        List<String> orphans = orphanPairs(connection);
        if (!orphans.isEmpty()) {
            throw new IllegalStateException("port pairs name unknown aduanas or ports: " + orphans);
        }
        return LoadResult.of(pairRows);
    }

    private static List<String> orphanPairs(Connection connection) throws SQLException {
        List<String> orphans = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     SELECT p.mx_customs_office || '/' || p.us_port FROM reference.port_pair p
                     WHERE NOT EXISTS (SELECT 1 FROM reference.mx_aduana a WHERE a.code = substr(p.mx_customs_office, 1, 2))
                        OR NOT EXISTS (SELECT 1 FROM reference.us_port u WHERE u.code = p.us_port)
                     """)) {
            while (rs.next()) {
                orphans.add(rs.getString(1));
            }
        }
        return orphans;
    }
}
