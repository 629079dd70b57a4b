package io.jointclear.risk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** No label leakage: a training row's features never depend on its own label. */
class TargetEncodingTest {

    @Test
    void outOfFoldEncodingOfARowIgnoresItsOwnLabel() {
        String[] keys = {"A", "A", "A", "B", "B", "A"};
        boolean[] labels = {true, false, true, false, true, true};
        int[] fold = {0, 1, 2, 0, 1, 2};
        double[][] before = TargetEncoding.outOfFold(keys, labels, fold, 3, 10);
        for (int i = 0; i < keys.length; i++) {
            boolean[] flipped = labels.clone();
            flipped[i] = !flipped[i];
            double[][] after = TargetEncoding.outOfFold(keys, flipped, fold, 3, 10);
            assertThat(after[i]).as("row %d", i).containsExactly(before[i]);
        }
        // row 0 (A, fold 0) is encoded from the A rows of folds 1 and 2: labels false, true, true
        double prior = 3 / 4.0; // labels of folds 1 and 2: false, true, true, true
        assertThat(before[0][0]).isEqualTo((2 + prior * 10) / (3 + 10));
        assertThat(before[0][1]).isEqualTo(3);
    }

    @Test
    void featuresOfTrainingRowsDoNotChangeWhenTheirOwnLabelFlips() {
        List<CustomsDeclarationRow> rows = synthetic(400, 1);
        DeclarationFeatures.Fitted base = DeclarationFeatures.fit(rows, 5, 42);
        Random random = new Random(2);
        for (int t = 0; t < 25; t++) {
            int i = random.nextInt(rows.size());
            List<CustomsDeclarationRow> flipped = new ArrayList<>(rows);
            CustomsDeclarationRow r = rows.get(i);
            flipped.set(i, withFraud(r, !r.fraud()));
            float[] after = DeclarationFeatures.fit(flipped, 5, 42).trainMatrix()[i];
            assertThat(after).as("row %d", i).containsExactly(base.trainMatrix()[i]);
        }
    }

    @Test
    void aHeldOutRowIsEncodedFromTheTrainingHistoryOnly() {
        List<CustomsDeclarationRow> rows = synthetic(300, 3);
        DeclarationFeatures.Fitted fitted = DeclarationFeatures.fit(rows, 5, 42);
        CustomsDeclarationRow unseen = rows.getFirst();
        float[] asFraud = fitted.features().encode(withFraud(unseen, true));
        float[] asClean = fitted.features().encode(withFraud(unseen, false));
        assertThat(asFraud).containsExactly(asClean);
    }

    static List<CustomsDeclarationRow> synthetic(int n, long seed) {
        Random r = new Random(seed);
        List<CustomsDeclarationRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String importer = "IMP" + r.nextInt(30);
            boolean fraud = r.nextDouble() < (importer.hashCode() % 3 == 0 ? 0.6 : 0.1);
            rows.add(new CustomsDeclarationRow("D" + i, LocalDate.of(2020, 1, 1).plusDays(i % 300), "" + r.nextInt(5), "B",
                    "11", "21", "11", "10", "DEC" + r.nextInt(10), importer, "SEL" + r.nextInt(40), r.nextBoolean() ? "" : "C1",
                    "8471" + (10 + r.nextInt(5)), "CN", r.nextBoolean() ? "CN" : "VN", new java.math.BigDecimal("8.0"), "A", "Y",
                    1 + r.nextInt(1000), java.math.BigDecimal.valueOf(1000 + r.nextInt(100000)), fraud, fraud ? 1 : 0));
        }
        return rows;
    }

    static CustomsDeclarationRow withFraud(CustomsDeclarationRow r, boolean fraud) {
        return new CustomsDeclarationRow(r.declarationId(), r.date(), r.office(), r.processType(), r.importType(), r.importUse(),
                r.paymentType(), r.transportMode(), r.declarant(), r.importer(), r.seller(), r.courier(), r.hs6(),
                r.departureCountry(), r.originCountry(), r.taxRate(), r.taxType(), r.originIndicator(), r.netMass(),
                r.itemPrice(), fraud, fraud ? 1 : 0);
    }
}
