package io.jointclear.immex.internal;

import io.jointclear.immex.Category;
import io.jointclear.immex.Immex.Program;
import io.jointclear.immex.Modality;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Programs and their catalogues (materials, products, bills of materials), effective-dated versions. */
@Repository
class ProgramStore {

    private static final String PROGRAM = """
            SELECT id, number, rfc, name, modality, plants, valid_from, valid_to, status, certified_iva_ieps
            FROM immex.program""";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final RowMapper<Program> programs;

    ProgramStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.programs = (rs, n) -> new Program(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                Modality.valueOf(rs.getString(5)), json.readValue(rs.getString(6), STRINGS), rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class), rs.getString(9), rs.getBoolean(10));
    }

    List<Program> all() {
        return jdbc.query(PROGRAM + " ORDER BY number", programs);
    }

    List<Program> ofCompany(String rfc) {
        return jdbc.query(PROGRAM + " WHERE rfc = ? ORDER BY number", programs, rfc);
    }

    Optional<Program> find(UUID id) {
        return jdbc.query(PROGRAM + " WHERE id = ?", programs, id).stream().findFirst();
    }

    Optional<Program> byNumber(String number) {
        return jdbc.query(PROGRAM + " WHERE number = ?", programs, number).stream().findFirst();
    }

    /** @return false when the number is already registered */
    boolean insert(Program p, Instant now) {
        return jdbc.update("""
                INSERT INTO immex.program (id, number, rfc, name, modality, plants, valid_from, valid_to, status, certified_iva_ieps,
                                           created_at)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?) ON CONFLICT (number) DO NOTHING""",
                p.id(), p.number(), p.rfc(), p.name(), p.modality().name(), json.writeValueAsString(p.plants()), p.validFrom(),
                p.validTo(), p.status(), p.certifiedIvaIeps(), Timestamp.from(now)) == 1;
    }

    /** Serialises the changes of one program's ledger (row lock until commit): exits never race for a balance. */
    void lock(UUID program) {
        jdbc.queryForList("SELECT id FROM immex.program WHERE id = ? FOR UPDATE", program);
    }

    record Material(String partNumber, LocalDate validFrom, String description, String fraccion, String nico, String umc,
                    String umt, BigDecimal conversionFactor, Category category) {
    }

    record Product(String partNumber, LocalDate validFrom, String description, String fraccion, String umc) {
    }

    record BomLine(String product, LocalDate validFrom, String material, BigDecimal quantityPerUnit, BigDecimal scrapPct) {
    }

    void upsertMaterials(UUID program, List<Material> materials) {
        jdbc.batchUpdate("""
                INSERT INTO immex.material (program_id, part_number, valid_from, description, fraccion, nico, umc, umt,
                                            conversion_factor, category)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (program_id, part_number, valid_from) DO UPDATE SET description = EXCLUDED.description,
                    fraccion = EXCLUDED.fraccion, nico = EXCLUDED.nico, umc = EXCLUDED.umc, umt = EXCLUDED.umt,
                    conversion_factor = EXCLUDED.conversion_factor, category = EXCLUDED.category""",
                materials.stream().map(m -> new Object[] {program, m.partNumber(), m.validFrom(), m.description(), m.fraccion(),
                        m.nico(), m.umc(), m.umt(), m.conversionFactor(), m.category().name()}).toList());
    }

    void upsertProducts(UUID program, List<Product> products) {
        jdbc.batchUpdate("""
                INSERT INTO immex.product (program_id, part_number, valid_from, description, fraccion, umc)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (program_id, part_number, valid_from) DO UPDATE SET description = EXCLUDED.description,
                    fraccion = EXCLUDED.fraccion, umc = EXCLUDED.umc""",
                products.stream().map(p -> new Object[] {program, p.partNumber(), p.validFrom(), p.description(), p.fraccion(),
                        p.umc()}).toList());
    }

    /** Replaces each product version's bill of materials named in {@code lines} by the lines given for it. */
    void replaceBoms(UUID program, List<BomLine> lines) {
        jdbc.batchUpdate("DELETE FROM immex.bom_line WHERE program_id = ? AND product = ? AND valid_from = ?",
                lines.stream().map(l -> List.of(l.product(), l.validFrom())).distinct()
                        .map(k -> new Object[] {program, k.get(0), k.get(1)}).toList());
        jdbc.batchUpdate("""
                INSERT INTO immex.bom_line (program_id, product, valid_from, material, quantity_per_unit, scrap_pct)
                VALUES (?, ?, ?, ?, ?, ?)""",
                lines.stream().map(l -> new Object[] {program, l.product(), l.validFrom(), l.material(), l.quantityPerUnit(),
                        l.scrapPct()}).toList());
    }

    boolean productVersionExists(UUID program, String product, LocalDate validFrom) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM immex.product WHERE program_id = ? AND part_number = ? AND valid_from = ?)""",
                Boolean.class, program, product, validFrom));
    }

    /** The material versions in force on {@code day} for the part numbers asked (absent: not in the catalogue). */
    Map<String, Material> materialsAsOf(UUID program, List<String> partNumbers, LocalDate day) {
        Map<String, Material> out = new HashMap<>();
        jdbc.query("""
                SELECT DISTINCT ON (part_number) part_number, valid_from, description, fraccion, nico, umc, umt, conversion_factor,
                       category
                FROM immex.material WHERE program_id = ? AND part_number = ANY(?) AND valid_from <= ?
                ORDER BY part_number, valid_from DESC""",
                (ResultSet rs) -> {
                    Material m = material(rs);
                    out.put(m.partNumber(), m);
                }, program, partNumbers.toArray(String[]::new), day);
        return out;
    }

    /** The part numbers among those asked that are finished products in force on {@code day}. */
    List<String> productsAsOf(UUID program, List<String> partNumbers, LocalDate day) {
        return jdbc.queryForList("""
                SELECT DISTINCT part_number FROM immex.product
                WHERE program_id = ? AND part_number = ANY(?) AND valid_from <= ?""",
                String.class, program, partNumbers.toArray(String[]::new), day);
    }

    /** The products among those asked whose version in force on {@code day} has a bill of materials. */
    List<String> productsWithBomAsOf(UUID program, List<String> partNumbers, LocalDate day) {
        return jdbc.queryForList("""
                SELECT v.part_number FROM (
                    SELECT part_number, max(valid_from) AS valid_from FROM immex.product
                    WHERE program_id = ? AND part_number = ANY(?) AND valid_from <= ? GROUP BY part_number) v
                WHERE EXISTS (SELECT 1 FROM immex.bom_line b WHERE b.program_id = ? AND b.product = v.part_number
                                AND b.valid_from = v.valid_from)""",
                String.class, program, partNumbers.toArray(String[]::new), day, program);
    }

    /** The part numbers among those asked that have a material version in force on {@code day}. */
    List<String> knownMaterials(UUID program, List<String> partNumbers, LocalDate day) {
        return new ArrayList<>(materialsAsOf(program, partNumbers, day).keySet());
    }

    private static Material material(ResultSet rs) throws SQLException {
        return new Material(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getBigDecimal(8), Category.valueOf(rs.getString(9)));
    }
}
