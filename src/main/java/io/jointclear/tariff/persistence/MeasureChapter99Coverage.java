package io.jointclear.tariff.persistence;

import io.jointclear.reference.Chapter99Measures;
import io.jointclear.shared.Authority;
import io.jointclear.tariff.domain.Measure;
import io.jointclear.tariff.domain.MeasureSource;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The loaded US measure rows by chapter-99 heading, for the review of an imported HTSUS revision. */
@Component
class MeasureChapter99Coverage implements Chapter99Measures {

    private final MeasureSource measures;

    MeasureChapter99Coverage(MeasureSource measures) {
        this.measures = measures;
    }

    @Override
    public List<String> rulesOf(String heading, LocalDate date) {
        return rows(heading, date).stream().map(Measure::ruleId).distinct().sorted().toList();
    }

    @Override
    public boolean covers(String heading, String tariffCode, LocalDate date) {
        return rows(heading, date).stream().anyMatch(m -> m.specificity(tariffCode) >= 0);
    }

    private List<Measure> rows(String heading, LocalDate date) {
        return measures.current().all().stream()
                .filter(m -> m.authority() == Authority.US && heading.equals(m.heading()) && m.inForce(date)).toList();
    }
}
