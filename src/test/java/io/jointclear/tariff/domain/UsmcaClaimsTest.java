package io.jointclear.tariff.domain;

import static io.jointclear.tariff.domain.Declarations.us;
import static io.jointclear.tariff.domain.Declarations.usLine;
import static io.jointclear.tariff.domain.InMemoryReference.free;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.Assessment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** USMCA claims on lines the special column does not list, and entries that owe no MPF at all. */
class UsmcaClaimsTest {

    private final InMemoryReference reference = InMemoryReference.brief()
            .us("8471300100", free(), null, "C62")                        // laptops: unconditionally free, no special column
            .us("8708291500", InMemoryReference.adValorem("2.5"), null, "C62"); // a dutiable line whose special column lists no S
    private final MeasureBook book = Books.seed();
    private final AssessmentEngine engine = new AssessmentEngine(reference, reference, () -> book);

    @Test
    void aClaimOnAnUnconditionallyFreeLineIsAcceptedAndKeepsTheMpfExemption() {
        Assessment a = engine.assess(us("2026-03-10")
                .line(usLine("8471300100", "MX", "500000", "1000", "C62", "S", null, List.of(), null)).build());
        assertThat(a.totalOf("DUTY")).isZero();
        assertThat(a.totalOf("MPF")).isZero();
        assertThat(a.lines().getFirst().tax("DUTY").legalBasis()).contains("8471300100");
    }

    @Test
    void aClaimOnADutiableLineWithoutThePreferenceIsStillRefused() {
        assertThatThrownBy(() -> engine.assess(us("2026-03-10")
                .line(usLine("8708291500", "MX", "80000", "2000", "C62", "S", null, List.of(), null)).build()))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).violations().getFirst().field()).isEqualTo("lines[0].preference"));
    }

    @Test
    void anAllUsmcaEntryNeedsNoFeeScheduleOfTheFiscalYear() {
        // FY2027 (from 2026-10-01): no MPF rate, minimum or maximum is loaded, yet USMCA lines owe none.
        Assessment a = engine.assess(us("2026-11-26")
                .line(usLine("0702002032", "MX", "21600", "18000", "KGM", "S", "18000", List.of(), null)).build());
        assertThat(a.totalOf("MPF")).isZero();

        assertThatThrownBy(() -> engine.assess(us("2026-11-26")
                .line(usLine("0702002032", "GT", "21600", "18000", "KGM", null, "18000", List.of(), null)).build()))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).code()).isEqualTo("MEASURE_NOT_LOADED"));
    }
}
