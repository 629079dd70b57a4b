package io.jointclear.tariff.persistence;

import io.jointclear.shared.Authority;
import io.jointclear.tariff.domain.Confidence;
import io.jointclear.tariff.domain.Measure;
import io.jointclear.tariff.domain.MeasureKind;
import io.jointclear.tariff.domain.Stacking;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Mapping between {@code tariff.measure} rows and {@link Measure}. */
final class MeasureRows {

    static final String COLUMNS = "id, seed_key, rule_id, version, authority, tax_code, kind, rate, amount, currency,"
            + " unit, minimum, maximum, tariff_prefixes, origins, claves, programs, condition, applies_to, case_number,"
            + " company, priority, stacking, heading, valid_from, valid_to, legal_basis, source, confidence, note,"
            + " revision, scope_list";

    private MeasureRows() {
    }

    static Measure map(ResultSet rs, int row) throws SQLException {
        Date to = rs.getDate("valid_to");
        String stacking = rs.getString("stacking");
        return new Measure(rs.getLong("id"), rs.getString("seed_key"), rs.getString("rule_id"), rs.getInt("version"),
                Authority.parse(rs.getString("authority")), rs.getString("tax_code"),
                MeasureKind.valueOf(rs.getString("kind")), rs.getBigDecimal("rate"), rs.getBigDecimal("amount"),
                rs.getString("currency"), rs.getString("unit"), rs.getBigDecimal("minimum"), rs.getBigDecimal("maximum"),
                MeasureCsv.list(rs.getString("tariff_prefixes")), MeasureCsv.set(rs.getString("origins")),
                MeasureCsv.set(rs.getString("claves")), MeasureCsv.set(rs.getString("programs")),
                rs.getString("condition"), rs.getString("applies_to"), rs.getString("case_number"),
                rs.getString("company"), rs.getInt("priority"), stacking == null ? null : Stacking.valueOf(stacking),
                rs.getString("heading"), rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate(),
                rs.getString("legal_basis"), rs.getString("source"), Confidence.valueOf(rs.getString("confidence")),
                rs.getString("note"), rs.getString("revision"), rs.getString("scope_list"), null);
    }

    /** Named parameters for an insert of {@code m} (its id and version are supplied by the caller). */
    static Map<String, Object> params(Measure m) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("seedKey", m.key());
        p.put("ruleId", m.ruleId());
        p.put("version", m.version());
        p.put("authority", m.authority().name());
        p.put("taxCode", m.taxCode());
        p.put("kind", m.kind().name());
        p.put("rate", m.rate());
        p.put("amount", m.amount());
        p.put("currency", m.currency());
        p.put("unit", m.unit());
        p.put("minimum", m.minimum());
        p.put("maximum", m.maximum());
        p.put("tariffPrefixes", join(m.tariffPrefixes()));
        p.put("origins", join(m.origins()));
        p.put("claves", join(m.claves()));
        p.put("programs", join(m.programs()));
        p.put("condition", m.condition());
        p.put("appliesTo", m.appliesTo());
        p.put("caseNumber", m.caseNumber());
        p.put("company", m.company());
        p.put("priority", m.priority());
        p.put("stacking", m.stacking().name());
        p.put("heading", m.heading());
        p.put("validFrom", m.validFrom());
        p.put("validTo", m.validTo());
        p.put("legalBasis", m.legalBasis());
        p.put("source", m.source());
        p.put("confidence", m.confidence().name());
        p.put("note", m.note());
        p.put("revision", m.revision());
        p.put("scopeList", m.scopeList());
        return p;
    }

    static final String INSERT_VALUES = "(seed_key, rule_id, version, authority, tax_code, kind, rate, amount, currency,"
            + " unit, minimum, maximum, tariff_prefixes, origins, claves, programs, condition, applies_to, case_number,"
            + " company, priority, stacking, heading, valid_from, valid_to, legal_basis, source, confidence, note,"
            + " revision, scope_list, created_at, created_by) values (:seedKey, :ruleId, :version, :authority, :taxCode, :kind, :rate, :amount,"
            + " :currency, :unit, :minimum, :maximum, :tariffPrefixes, :origins, :claves, :programs, :condition,"
            + " :appliesTo, :caseNumber, :company, :priority, :stacking, :heading, :validFrom, :validTo, :legalBasis,"
            + " :source, :confidence, :note, :revision, :scopeList, :createdAt, :createdBy)";

    private static String join(Collection<String> values) {
        return String.join("|", values);
    }
}
