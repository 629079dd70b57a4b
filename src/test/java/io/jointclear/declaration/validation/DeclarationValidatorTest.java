package io.jointclear.declaration.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.Contracts;
import io.jointclear.shared.FieldViolation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Every rule with a document that breaks it; the contract documents break none. */
class DeclarationValidatorTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-12T15:00:00Z"), ZoneOffset.UTC);

    final DeclarationValidator validator = new DeclarationValidator(FakeReference.CODE_LISTS, FakeReference.CATALOGUE, CLOCK);

    List<FieldViolation> check(ObjectNode tree) {
        return validator.check(Contracts.document(tree), "");
    }

    @Test
    void theContractDeclarationsPass() {
        assertThat(check(Contracts.mxExportTree())).isEmpty();
        assertThat(check(Contracts.usEntryTree())).isEmpty();
        assertThat(check(Contracts.mxImportTree())).isEmpty();
        assertThat(check(Contracts.usTshirtsTree())).isEmpty();
    }

    static ObjectNode line0(ObjectNode tree) {
        return (ObjectNode) tree.get("lines").get(0);
    }

    static Arguments mx(String field, String code, Consumer<ObjectNode> change) {
        return Arguments.of(field, code, (Supplier<ObjectNode>) Contracts::mxExportTree, change);
    }

    static Arguments us(String field, String code, Consumer<ObjectNode> change) {
        return Arguments.of(field, code, (Supplier<ObjectNode>) Contracts::usEntryTree, change);
    }

    static Arguments mxImport(String field, String code, Consumer<ObjectNode> change) {
        return Arguments.of(field, code, (Supplier<ObjectNode>) Contracts::mxImportTree, change);
    }

    static Consumer<ObjectNode> immexImport(String clave) {
        return t -> {
            t.put("type", clave).put("regime", "ITE");
        };
    }

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                // syntactic
                mx("number", "MALFORMED_PEDIMENTO_NUMBER", t -> t.put("number", "26243456600123")),
                mx("number", "MALFORMED_PEDIMENTO_NUMBER", t -> t.put("number", "26  24  3456  6001234")),
                mx("number", "PEDIMENTO_YEAR_MISMATCH", t -> t.put("number", "252434566001234")),
                mx("number", "PEDIMENTO_SEQUENCE_YEAR_DIGIT", t -> t.put("number", "262434565001234")),
                mx("number", "PEDIMENTO_ADUANA_MISMATCH", t -> t.put("number", "260734566001234")),
                mx("number", "PEDIMENTO_PATENTE_MISMATCH", t -> t.put("number", "262412346001234")),
                mx("filer", "MALFORMED_PATENTE", t -> t.put("filer", "345")),
                mx("exporter.taxId", "MALFORMED_RFC", t -> ((ObjectNode) t.get("exporter")).put("taxId", "AGR01021KJ3")),
                mx("buyer.taxId", "MALFORMED_US_TAX_ID", t -> ((ObjectNode) t.get("buyer")).put("taxId", "123456789")),
                mx("date", "IMPLAUSIBLE_DATE", t -> t.put("date", "2019-06-30")),
                mx("date", "IMPLAUSIBLE_DATE", t -> t.put("date", "2026-07-01")),
                mx("lines[0].value", "NEGATIVE_AMOUNT", t -> line0(t).put("value", new BigDecimal("-5"))),
                mx("lines[0].value", "TOO_MANY_DECIMALS", t -> line0(t).put("value", new BigDecimal("21600.125"))),
                mx("freight", "NEGATIVE_AMOUNT", t -> t.put("freight", new BigDecimal("-1"))),
                mx("lines[0].quantity.value", "NON_POSITIVE_QUANTITY", t -> ((ObjectNode) line0(t).get("quantity")).put("value", 0)),
                mx("lines[0].quantity.value", "TOO_MANY_DECIMALS",
                        t -> ((ObjectNode) line0(t).get("quantity")).put("value", new BigDecimal("1.2345"))),
                mx("exchangeRate", "NON_POSITIVE_AMOUNT", t -> t.put("exchangeRate", 0)),
                // magnitudes beyond what the statistics and engine columns hold (issue 10: 1e20 broke the projection)
                mx("lines[0].value", "AMOUNT_OUT_OF_RANGE", t -> line0(t).put("value", new BigDecimal("1e20"))),
                mx("lines[0].value", "AMOUNT_OUT_OF_RANGE", t -> line0(t).put("value", new BigDecimal("10000000000000"))),
                mx("freight", "AMOUNT_OUT_OF_RANGE", t -> t.put("freight", new BigDecimal("1e3000000"))),
                mx("lines[0].quantity.value", "AMOUNT_OUT_OF_RANGE",
                        t -> ((ObjectNode) line0(t).get("quantity")).put("value", new BigDecimal("1e13"))),
                mx("lines[0].netWeightKg", "AMOUNT_OUT_OF_RANGE", t -> line0(t).put("netWeightKg", new BigDecimal("1e15"))),
                mx("exchangeRate", "AMOUNT_OUT_OF_RANGE", t -> t.put("exchangeRate", new BigDecimal("1000000"))),
                mx("lines[0].description", "TOO_LONG", t -> line0(t).put("description", "x".repeat(1_001))),
                mx("exporter.name", "TOO_LONG", t -> ((ObjectNode) t.get("exporter")).put("name", "x".repeat(301))),
                mx("lines[0].tariffCode", "MALFORMED_TARIFF_CODE", t -> line0(t).put("tariffCode", "0702.00.03")),
                us("number", "MALFORMED_ENTRY_NUMBER", t -> t.put("number", "31600042")),
                us("number", "ENTRY_NUMBER_CHECK_DIGIT", t -> t.put("number", "31600042713")),
                us("number", "ENTRY_NUMBER_FILER_MISMATCH", t -> t.put("filer", "317")),
                us("filer", "MALFORMED_FILER_CODE", t -> t.put("filer", "31")),
                us("importer.taxId", "MALFORMED_US_TAX_ID", t -> ((ObjectNode) t.get("importer")).put("taxId", "12345678900")),
                us("seller.taxId", "MALFORMED_RFC", t -> ((ObjectNode) t.get("seller")).put("taxId", "AGR-010215-KJ3")),
                us("lines[0].adCvdCases[0]", "MALFORMED_AD_CVD_CASE", t -> ((ArrayNode) line0(t).get("adCvdCases")).set(0, "A-201-82")),
                // catalogue
                mx("lines[0].tariffCode", "UNKNOWN_TARIFF_CODE", t -> line0(t).put("tariffCode", "0702009999")),
                mx("lines[0].tariffCode", "TARIFF_CODE_NOT_IN_FORCE", t -> line0(t).put("tariffCode", "0702000399")),
                mx("lines[0].tariffCode", "DATE_OUTSIDE_REFERENCE_DATA", t -> t.put("date", "2021-03-10").put("number", "212434561001234")),
                mx("lines[0].origin", "UNKNOWN_COUNTRY", t -> line0(t).put("origin", "XX")),
                mx("lines[0].destination", "UNKNOWN_COUNTRY", t -> line0(t).put("destination", "USA")),
                mx("exporter.country", "UNKNOWN_COUNTRY", t -> ((ObjectNode) t.get("exporter")).put("country", "QQ")),
                mx("currency", "UNKNOWN_CURRENCY", t -> t.put("currency", "XYZ")),
                // a missing currency is never taken for USD
                mx("currency", "REQUIRED", t -> t.remove("currency")),
                us("currency", "REQUIRED", t -> t.remove("currency")),
                mx("lines[0].quantity.unit", "UNKNOWN_UNIT", t -> ((ObjectNode) line0(t).get("quantity")).put("unit", "KILO")),
                mx("customsOffice", "UNKNOWN_CUSTOMS_OFFICE", t -> t.put("customsOffice", "990").put("number", "269934566001234")),
                mx("operation", "UNKNOWN_OPERATION", t -> t.put("operation", "EXX")),
                mx("type", "UNKNOWN_PEDIMENTO_TYPE", t -> t.put("type", "ZZ")),
                mx("regime", "UNKNOWN_REGIME", t -> t.put("regime", "XXX")),
                mx("regime", "CLAVE_REGIME_MISMATCH", t -> t.put("regime", "IMD")),
                mxImport("regime", "CLAVE_REGIME_MISMATCH", t -> t.put("type", "IN").put("regime", "IMD").put("immexProgram", "1234-2006")),
                mx("regime", "CLAVE_REGIME_MISMATCH", t -> t.put("type", "RT").put("regime", "EXD").put("immexProgram", "1234-2006")),
                mx("incoterm", "UNKNOWN_INCOTERM", t -> t.put("incoterm", "FOO")),
                mx("lines[0].preference", "UNKNOWN_PREFERENCE", t -> line0(t).put("preference", "TLCUE")),
                us("customsOffice", "UNKNOWN_PORT", t -> t.put("customsOffice", "9999")),
                us("type", "UNKNOWN_ENTRY_TYPE", t -> t.put("type", "99")),
                us("lines[0].preference", "UNKNOWN_PREFERENCE", t -> line0(t).put("preference", "USMCA")),
                // structural
                mx("incoterm", "REQUIRED_FIELD", t -> t.remove("incoterm")),
                mx("exporter", "REQUIRED_FIELD", t -> t.remove("exporter")),
                mx("exporter.taxId", "REQUIRED_FIELD", t -> ((ObjectNode) t.get("exporter")).remove("taxId")),
                mxImport("importer", "REQUIRED_FIELD", t -> t.remove("importer")),
                mx("operation", "REQUIRED_FIELD", t -> t.remove("operation")),
                mx("regime", "REQUIRED_FIELD", t -> t.remove("regime")),
                mx("date", "REQUIRED_FIELD", t -> t.remove("date")),
                mx("lines", "NO_LINES", t -> t.putArray("lines")),
                mx("lines[0].destination", "REQUIRED_FIELD", t -> line0(t).remove("destination")),
                mx("lines[0].tariffCode", "REQUIRED_FIELD", t -> line0(t).remove("tariffCode")),
                us("importer", "REQUIRED_FIELD", t -> t.remove("importer")),
                us("customsOffice", "REQUIRED_FIELD", t -> t.remove("customsOffice")),
                us("lines[0].quantity", "REQUIRED_FIELD", t -> line0(t).remove("quantity")),
                us("lines[0].quantity.unit", "REQUIRED_FIELD", t -> ((ObjectNode) line0(t).get("quantity")).remove("unit")),
                us("lines[0].value", "REQUIRED_FIELD", t -> line0(t).remove("value")),
                us("authority", "REQUIRED_FIELD", t -> t.remove("authority")),
                // normative
                us("type", "AD_CVD_REQUIRES_ENTRY_TYPE_03", t -> t.put("type", "01")),
                us("type", "AD_CVD_ENTRY_WITHOUT_CASE", t -> line0(t).remove("adCvdCases")),
                mx("lines[0].adCvdCases", "AD_CVD_NOT_APPLICABLE", t -> line0(t).putArray("adCvdCases").add("A-201-820")),
                us("lines[0].preference", "PREFERENCE_ORIGIN_NOT_ELIGIBLE", t -> line0(t).put("origin", "CN")),
                mxImport("lines[0].preference", "PREFERENCE_ORIGIN_NOT_ELIGIBLE", t -> line0(t).put("origin", "DE")),
                mxImport("immexProgram", "IMMEX_PROGRAM_REQUIRED", immexImport("IN")),
                mxImport("immexProgram", "IMMEX_PROGRAM_REQUIRED", immexImport("AF")),
                mxImport("immexProgram", "IMMEX_PROGRAM_REQUIRED", t -> {
                    immexImport("IN").accept(t);
                    t.putArray("identifiers").addObject().put("code", "IM");
                }),
                mxImport("immexProgram", "IMMEX_PROGRAM_MISMATCH", t -> {
                    immexImport("IN").accept(t);
                    t.put("immexProgram", "1234-2006");
                    t.putArray("identifiers").addObject().put("code", "IM").put("complement", "9999-2010");
                }),
                mxImport("type", "COURIER_CLAVE_WITHOUT_COURIER", t -> t.put("type", "T1")),
                mxImport("lines[0].quantity.unit", "QUANTITY_NOT_CONVERTIBLE_TO_UMT", t -> ((ObjectNode) line0(t).get("quantity")).put("unit", "KGM")),
                mx("lines[0].quantity.unit", "QUANTITY_NOT_CONVERTIBLE_TO_UMT", t -> {
                    line0(t).put("tariffCode", "8471300100");
                }),
                us("type", "INFORMAL_ENTRY_OVER_LIMIT", t -> t.put("type", "11")),
                us("type", "ENTRY_TYPE_SUSPENDED", t -> t.put("type", "86")),
                us("currency", "US_VALUE_NOT_IN_USD", t -> t.put("currency", "MXN")));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("brokenDocuments")
    void reportsTheViolatedRuleOnItsField(String field, String code, Supplier<ObjectNode> base, Consumer<ObjectNode> change) {
        ObjectNode tree = base.get();
        change.accept(tree);
        assertThat(check(tree)).extracting(FieldViolation::field, FieldViolation::code)
                .contains(org.assertj.core.groups.Tuple.tuple(field, code));
    }

    @Test
    void aMassUmtIsReachedThroughTheNetWeight() {
        ObjectNode tree = Contracts.mxExportTree();
        ((ObjectNode) line0(tree).get("quantity")).put("unit", "C62"); // cajas counted as pieces, weight declared
        assertThat(check(tree)).isEmpty();
        line0(tree).remove("netWeightKg");
        assertThat(check(tree)).extracting(FieldViolation::code).containsExactly("QUANTITY_NOT_CONVERTIBLE_TO_UMT");
    }

    @Test
    void anImmexPedimentoWithItsProgramPasses() {
        ObjectNode tree = Contracts.mxImportTree();
        immexImport("IN").accept(tree);
        line0(tree).remove("preference");
        tree.putArray("identifiers").addObject().put("code", "IM").put("complement", "1234-2006");
        assertThat(check(tree)).isEmpty();
    }

    @Test
    void aConsolidatedPedimentoMayCarryThePreviousYearsDigit() {
        ObjectNode tree = Contracts.mxExportTree();
        tree.put("number", "262434565001234");
        assertThat(check(tree)).extracting(FieldViolation::code).containsExactly("PEDIMENTO_SEQUENCE_YEAR_DIGIT");
        tree.putArray("identifiers").addObject().put("code", "PC");
        assertThat(check(tree)).isEmpty();
    }

    @Test
    void returnsTheViolationsOfAllLayersTogetherUnderThePrefixInLayerOrder() {
        ObjectNode tree = Contracts.usEntryTree();
        tree.put("number", "31600042713");                       // syntactic
        line0(tree).put("tariffCode", "0702009999");             // catalogue
        tree.remove("importer");                                 // structural
        line0(tree).put("origin", "CN");                         // normative: S claimed on Chinese goods
        ObjectNode second = ((ArrayNode) tree.get("lines")).addObject();
        second.put("tariffCode", "07020020").put("value", new BigDecimal("-1"));

        List<FieldViolation> violations = validator.check(Contracts.document(tree), "declarations[1].");

        assertThat(violations).extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("declarations[1].number", "ENTRY_NUMBER_CHECK_DIGIT"),
                org.assertj.core.groups.Tuple.tuple("declarations[1].lines[1].value", "NEGATIVE_AMOUNT"),
                org.assertj.core.groups.Tuple.tuple("declarations[1].lines[1].tariffCode", "MALFORMED_TARIFF_CODE"),
                org.assertj.core.groups.Tuple.tuple("declarations[1].lines[0].tariffCode", "UNKNOWN_TARIFF_CODE"),
                org.assertj.core.groups.Tuple.tuple("declarations[1].importer", "REQUIRED_FIELD"),
                org.assertj.core.groups.Tuple.tuple("declarations[1].lines[1].origin", "REQUIRED_FIELD"),
                org.assertj.core.groups.Tuple.tuple("declarations[1].lines[1].quantity", "REQUIRED_FIELD"),
                org.assertj.core.groups.Tuple.tuple("declarations[1].lines[0].preference", "PREFERENCE_ORIGIN_NOT_ELIGIBLE"));
        assertThat(violations).allSatisfy(v -> assertThat(v.message()).isNotBlank());
    }
}
