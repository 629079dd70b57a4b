package io.jointclear.tariff.web;

import io.jointclear.tariff.domain.Measure;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A measure version as the admin API shows it. */
@Schema(name = "Measure")
record MeasureView(long id, String ruleId, int version, String authority, String taxCode, String kind,
                   BigDecimal rate, BigDecimal amount, String currency, String unit, BigDecimal minimum,
                   BigDecimal maximum, List<String> tariffPrefixes, List<String> origins, List<String> claves,
                   List<String> programs, String condition, String appliesTo, String caseNumber, String company,
                   int priority, String stacking, String heading, LocalDate validFrom, LocalDate validTo,
                   String legalBasis, String source, String confidence, String note, String revision,
                   String scopeList) {

    static MeasureView of(Measure m) {
        return new MeasureView(m.id(), m.ruleId(), m.version(), m.authority().name(), m.taxCode(), m.kind().name(),
                m.rate(), m.amount(), m.currency(), m.unit(), m.minimum(), m.maximum(), m.tariffPrefixes(),
                List.copyOf(m.origins()), List.copyOf(m.claves()), List.copyOf(m.programs()), m.condition(),
                m.appliesTo(), m.caseNumber(), m.company(), m.priority(), m.stacking().name(), m.heading(),
                m.validFrom(), m.validTo(), m.legalBasis(), m.source(), m.confidence().name(), m.note(),
                m.revision(), m.scopeList());
    }
}
