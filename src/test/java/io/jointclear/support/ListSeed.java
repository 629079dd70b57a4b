package io.jointclear.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Thousands of crossings written straight into the clearance tables, for the list tests: quick to load,
 * all with expected arrivals in January 2031 (a window no other test files into), filed long ago (so
 * they never push a test's fresh filing off the first page of its list).
 *
 * <p>Crossing {@code i} (0 ≤ i < {@link #COUNT}): agency {@code aduanal-del-norte} (patente 3456, filer
 * code 316) when {@code i % 3 != 2}, else {@code frontera-sur} (3210, 317); pedimento
 * {@code 3124} + patente + {@code 1} + i in 6 digits, entry filer code + i in 7 digits + {@code 0};
 * plate {@code LS-} + i; expected arrival 2031-01-01T00:00Z + i × 15 minutes (31.25 days); status
 * {@link #STATUSES}[i % 7]; Nuevo Laredo–Laredo for even i, Ciudad Juárez–El Paso for odd; southbound
 * when {@code i % 10 == 9}; importer on both sides {@code Importadora Semilla } + (i % 10) (but
 * {@code Rara Avis } + i when {@code i % 500 == 1}), tax id {@code ISE} + i.
 */
public final class ListSeed {

    public static final int COUNT = 3_000;
    public static final String[] STATUSES = {"FILED", "ARRIVED", "SELECTED", "UNDER_INSPECTION", "HELD", "RELEASED", "SEIZED"};
    public static final LocalDate FIRST_DAY = LocalDate.of(2031, 1, 1);
    public static final Instant FIRST_ARRIVAL = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();

    private ListSeed() {
    }

    public static String agency(int i) {
        return i % 3 == 2 ? "frontera-sur" : "aduanal-del-norte";
    }

    public static String pedimento(int i) {
        return "3124" + (i % 3 == 2 ? "3210" : "3456") + "1" + String.format("%06d", i);
    }

    public static String entry(int i) {
        return (i % 3 == 2 ? "317" : "316") + String.format("%07d", i) + "0";
    }

    public static long countOfAgency(String agency) {
        long n = 0;
        for (int i = 0; i < COUNT; i++) {
            n += agency(i).equals(agency) ? 1 : 0;
        }
        return n;
    }

    /** Loads the crossings once per database (a second call finds them and does nothing). */
    public static synchronized void load(JdbcTemplate jdbc) {
        Integer there = jdbc.queryForObject(
                "SELECT count(*) FROM clearance.crossing WHERE conveyance ->> 'plate' LIKE 'LS-%'", Integer.class);
        if (there != null && there > 0) {
            return;
        }
        jdbc.update("""
                INSERT INTO clearance.crossing (id, status, direction, mx_customs_office, us_port, expected_arrival, carrier,
                    conveyance, driver, filed_by, version, filed_at, agency, arrived_at)
                SELECT md5('list-seed-' || i)::uuid,
                       (ARRAY['FILED','ARRIVED','SELECTED','UNDER_INSPECTION','HELD','RELEASED','SEIZED'])[i % 7 + 1],
                       CASE WHEN i % 10 = 9 THEN 'SOUTHBOUND' ELSE 'NORTHBOUND' END,
                       CASE WHEN i % 2 = 0 THEN '240' ELSE '070' END, CASE WHEN i % 2 = 0 THEN '2304' ELSE '2402' END,
                       timestamptz '2031-01-01 00:00Z' + i * interval '15 minutes',
                       '{"scac":"LSTS","name":"Lista Transportes"}'::jsonb,
                       jsonb_build_object('plate', 'LS-' || i, 'plateCountry', 'MX'), '{"name":"Conductor Semilla"}'::jsonb,
                       'seed', 1, timestamptz '2024-01-01 00:00Z' + i * interval '1 minute',
                       CASE WHEN i % 3 = 2 THEN 'frontera-sur' ELSE 'aduanal-del-norte' END,
                       CASE WHEN i % 7 = 0 THEN NULL ELSE timestamptz '2031-01-01 00:00Z' + i * interval '15 minutes' END
                  FROM generate_series(0, ?) AS i
                """, COUNT - 1);
        jdbc.update("""
                INSERT INTO clearance.crossing_declaration (crossing_id, authority, number, document, assessment_status, assessment_pending,
                    assessed_at)
                SELECT md5('list-seed-' || i)::uuid, a.authority, a.number,
                       jsonb_build_object('authority', a.authority, 'number', a.number, 'currency', a.currency,
                           'importer', jsonb_build_object('taxId', 'ISE' || i, 'name', CASE WHEN i % 500 = 1 THEN 'Rara Avis ' || i ELSE 'Importadora Semilla ' || (i % 10) END,
                                                          'country', 'MX')),
                       'NOT_APPLICABLE', '[]'::jsonb, timestamptz '2024-01-01 00:00Z'
                  FROM generate_series(0, ?) AS i,
                       LATERAL (VALUES
                           ('MX', '3124' || CASE WHEN i % 3 = 2 THEN '3210' ELSE '3456' END || '1' || lpad(i::text, 6, '0'), 'MXN'),
                           ('US', CASE WHEN i % 3 = 2 THEN '317' ELSE '316' END || lpad(i::text, 7, '0') || '0', 'USD'))
                           AS a(authority, number, currency)
                """, COUNT - 1);
        jdbc.execute("ANALYZE clearance.crossing");
        jdbc.execute("ANALYZE clearance.crossing_declaration");
    }
}
