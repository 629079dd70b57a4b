package io.jointclear.tariff.domain;

import io.jointclear.tariff.persistence.MeasureCsv;
import java.util.ArrayList;
import java.util.List;

/** Measure books for tests: the shipped seed, plus the brief's illustrative cuotas compensatorias. */
public final class Books {

    /** MX-2b: CC 25% ad valorem on 6109100200 of Chinese origin (illustrative). */
    public static final String CC_AD_VALOREM = "TEST.CC.AV@2020,TEST.CC.AV,1,MX,CC,PERCENT,25,,,,,,6109100200,CN,,,,,,,100,,,"
            + "2020-01-01,,Resolución SE (illustrative),brief MX-2b,HIGH,illustrative";
    /** MX-2b: CC USD 1.05/kg on 6109100200 of Vietnamese origin (illustrative). */
    public static final String CC_SPECIFIC = "TEST.CC.SP@2020,TEST.CC.SP,1,MX,CC,SPECIFIC,,1.05,USD,KGM,,,6109100200,VN,,,,,,,100,,,"
            + "2020-01-01,,Resolución SE (illustrative),brief MX-2b,HIGH,illustrative";

    private Books() {
    }

    public static MeasureBook seed() {
        return new MeasureBook(MeasureCsv.seed());
    }

    public static MeasureBook seedWith(String... rows) {
        List<Measure> all = new ArrayList<>(MeasureCsv.seed());
        for (String r : rows) {
            all.add(MeasureCsv.row(r));
        }
        return new MeasureBook(all);
    }

    public static AssessmentEngine engine() {
        MeasureBook book = seedWith(CC_AD_VALOREM, CC_SPECIFIC);
        InMemoryReference ref = InMemoryReference.brief();
        return new AssessmentEngine(ref, ref, () -> book);
    }
}
