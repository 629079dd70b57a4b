package io.jointclear.tariff.persistence;

import io.jointclear.reference.ReferenceImports;
import io.jointclear.tariff.DemoMeasures;
import io.jointclear.tariff.domain.Confidence;
import io.jointclear.tariff.domain.Measure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/** {@link DemoMeasures} through {@link MeasureAdministration} (locked, overlap-checked, audited). */
@Service
class DemoMeasureService implements DemoMeasures {

    private final MeasureAdministration admin;

    DemoMeasureService(MeasureAdministration admin) {
        this.admin = admin;
    }

    @Override
    public List<String> carryForward(List<String> ruleIds, LocalDate date, String actor) {
        List<String> carried = new ArrayList<>();
        for (String ruleId : ruleIds) {
            Measure last = admin.list(null, null, null).stream().filter(m -> m.ruleId().equals(ruleId))
                    .max(Comparator.comparing(Measure::validFrom)).orElse(null);
            if (last == null || last.validTo() == null || !last.validTo().isBefore(date)) {
                continue;
            }
            admin.create(demoVersionOf(last), actor, "Demonstration data: " + ruleId + " carried forward (demo profile)");
            carried.add(ruleId);
        }
        return carried;
    }

    private static Measure demoVersionOf(Measure m) {
        return new Measure(0, null, m.ruleId(), 0, m.authority(), m.taxCode(), m.kind(), m.rate(), m.amount(), m.currency(),
                m.unit(), m.minimum(), m.maximum(), m.tariffPrefixes(), m.origins(), m.claves(), m.programs(), m.condition(),
                m.appliesTo(), m.caseNumber(), m.company(), m.priority(), m.stacking(), m.heading(), m.validTo().plusDays(1), null,
                m.legalBasis(), ReferenceImports.DEMO_SOURCE, Confidence.LOW,
                "DEMO: values of version " + m.version() + " (" + m.validFrom() + " – " + m.validTo()
                        + ") carried forward for the demonstration; not a published rate");
    }
}
