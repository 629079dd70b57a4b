package io.jointclear.declaration.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.jointclear.declaration.Contracts;
import io.jointclear.declaration.CrossCheckFinding;
import io.jointclear.reference.ExchangeRates;
import io.jointclear.reference.GoverningExchangeRate;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class CrossCheckerTest {

    static final ExchangeRates RATES = date -> new GoverningExchangeRate("USD", "MXN", date, new BigDecimal("20.0000"),
            date.minusDays(1), date, "test", "test");

    final CrossChecker checker = new CrossChecker(RATES);

    ObjectNode mx = Contracts.mxExportTree();
    ObjectNode us = Contracts.usEntryTree();

    static ObjectNode line(ObjectNode tree, int i) {
        return (ObjectNode) tree.get("lines").get(i);
    }

    List<CrossCheckFinding> findings() {
        return checker.compare(Contracts.document(mx), Contracts.document(us));
    }

    @Test
    void theContractCrossingAgrees() {
        assertThat(findings()).isEmpty();
    }

    @Test
    void quantityBeyondTwoPercentIsAFinding() {
        ((ObjectNode) line(us, 0).get("quantity")).put("value", 16000);
        line(us, 0).put("netWeightKg", 16000);
        line(us, 0).put("value", new BigDecimal("21600.00"));
        assertThat(findings()).extracting(CrossCheckFinding::kind, CrossCheckFinding::exportValue, CrossCheckFinding::importValue,
                        CrossCheckFinding::deviation)
                .containsExactly(tuple("QUANTITY_MISMATCH", "18000 KGM", "16000 KGM", new BigDecimal("0.1111")));
    }

    @Test
    void quantityWithinTwoPercentIsNot() {
        ((ObjectNode) line(us, 0).get("quantity")).put("value", 17700); // 1.67 %
        assertThat(findings()).isEmpty();
    }

    @Test
    void convertsUnitsOfOneDimensionAndFallsBackToNetWeight() {
        ((ObjectNode) line(us, 0).get("quantity")).put("value", 18).put("unit", "TNE");
        assertThat(findings()).isEmpty();
        // litres against kilograms compare by the declared net weights
        ((ObjectNode) line(us, 0).get("quantity")).put("value", 20000).put("unit", "LTR");
        line(us, 0).put("netWeightKg", 19000);
        assertThat(findings()).extracting(CrossCheckFinding::kind, CrossCheckFinding::importValue)
                .containsExactly(tuple("QUANTITY_MISMATCH", "19000 KGM"));
    }

    @Test
    void valueBeyondFivePercentIsAFindingWithinIsNot() {
        line(us, 0).put("value", new BigDecimal("20736.00")); // 4 % lower
        assertThat(findings()).isEmpty();
        line(us, 0).put("value", new BigDecimal("19440.00")); // 10 % lower
        assertThat(findings()).extracting(CrossCheckFinding::kind, CrossCheckFinding::deviation)
                .containsExactly(tuple("VALUE_MISMATCH", new BigDecimal("0.1000")));
    }

    @Test
    void cifValueIsComparedAfterDeductingFreightAndInsurance() {
        mx.put("incoterm", "CIF").put("freight", new BigDecimal("1800")).put("insurance", new BigDecimal("200"));
        line(mx, 0).put("value", new BigDecimal("23600.00"));
        assertThat(findings()).isEmpty();
        mx.remove("freight");
        mx.remove("insurance");
        // nothing to deduct: 23,600 against 21,600 is 8.5 % and says so
        assertThat(findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("VALUE_MISMATCH");
            assertThat(f.exportValue()).isEqualTo("23600.00 USD (CIF not adjusted: no freight declared)");
        });
    }

    @Test
    void pesoValuesAreConvertedWithTheDeclaredOrGoverningRate() {
        mx.put("currency", "MXN");
        line(mx, 0).put("value", new BigDecimal("432000.00")); // 21,600 USD at the fake governing rate of 20
        assertThat(findings()).isEmpty();
        mx.put("exchangeRate", new BigDecimal("18.0000"));      // 24,000 USD: 11.1 % above
        assertThat(findings()).extracting(CrossCheckFinding::kind).containsExactly("VALUE_MISMATCH");
    }

    @Test
    void originAndHs6MismatchesAreFindings() {
        line(us, 0).put("origin", "CN").put("tariffCode", "0709600000");
        assertThat(findings()).extracting(CrossCheckFinding::kind, CrossCheckFinding::exportLine, CrossCheckFinding::importLine)
                .containsExactly(tuple("HS6_MISMATCH", 1, 1), tuple("ORIGIN_MISMATCH", 1, 1));
    }

    @Test
    void linesAreMatchedByHs6BeforeOrderAndLeftoversReported() {
        // export: tomatoes, peppers; import: peppers, tomatoes, avocados
        ObjectNode pepper = ((ArrayNode) mx.get("lines")).addObject();
        pepper.put("tariffCode", "0709600399").put("origin", "MX").put("destination", "US").put("value", new BigDecimal("5000"))
                .putObject("quantity").put("value", 4000).put("unit", "KGM");
        ArrayNode usLines = (ArrayNode) us.get("lines");
        ObjectNode tomato = (ObjectNode) usLines.get(0).deepCopy();
        usLines.removeAll();
        ObjectNode usPepper = usLines.addObject();
        usPepper.put("tariffCode", "0709604000").put("origin", "MX").put("value", new BigDecimal("5000"))
                .putObject("quantity").put("value", 4000).put("unit", "KGM");
        usLines.add(tomato);
        ObjectNode avocado = usLines.addObject();
        avocado.put("tariffCode", "0804400010").put("origin", "MX").put("value", new BigDecimal("900"))
                .putObject("quantity").put("value", 500).put("unit", "KGM");

        assertThat(findings()).extracting(CrossCheckFinding::kind, CrossCheckFinding::exportLine, CrossCheckFinding::importLine)
                .containsExactly(tuple("UNMATCHED_LINE", 0, 3));
    }

    @Test
    void unmatchedLinesWithoutACommonSubheadingPairByOrder() {
        line(us, 0).put("tariffCode", "0709600000");
        ObjectNode extra = ((ArrayNode) mx.get("lines")).addObject();
        extra.put("tariffCode", "0804400000").put("origin", "MX").put("value", new BigDecimal("100"))
                .putObject("quantity").put("value", 10).put("unit", "KGM");
        assertThat(findings()).extracting(CrossCheckFinding::kind, CrossCheckFinding::exportLine, CrossCheckFinding::importLine)
                .containsExactly(tuple("HS6_MISMATCH", 1, 1), tuple("UNMATCHED_LINE", 2, 0));
    }
}
