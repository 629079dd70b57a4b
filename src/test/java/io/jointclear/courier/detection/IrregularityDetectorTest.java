package io.jointclear.courier.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each kind of irregularity on its own, none on clean consignments, and the exact tax at stake. */
class IrregularityDetectorTest {

    private static final LocalDate DATE = LocalDate.of(2025, 9, 10);
    private static final BigDecimal FX = new BigDecimal("18.50");
    private static final IrregularityDetector.Context CTX = new IrregularityDetector.Context(DATE, true, FX);
    private final IrregularityDetector detector = new IrregularityDetector(DetectionSettings.DEFAULTS);

    /** A clean parcel: identified consignee, precise description, personal quantity, US shipper. */
    private static Parcel parcel(int index, String rfc, String origin, String value, BigDecimal rate) {
        return new Parcel(index, "G" + index, rfc, "RFC:" + rfc, "ANA " + rfc + "|CALLE " + index, "CALLE " + index, null,
                "100 Main St, Laredo TX, United States", origin, "phone case", "392690", false, BigDecimal.ONE,
                new BigDecimal("0.4"), new BigDecimal(value), new BigDecimal(value).multiply(FX), new BigDecimal(value), rate);
    }

    private static Parcel with(Parcel p, String shipper, String description, String hs, BigDecimal quantity, String address) {
        return new Parcel(p.index(), p.guide(), p.rfc(), p.consigneeKey(), p.nameAddressKey(), address, p.phone(), shipper,
                p.origin(), description, hs, p.rrna(), quantity, p.weightKg(), p.valueUsd(), p.valueMxn(), p.consigneeValueUsd(), p.rate());
    }

    private Map<Integer, List<Flag>> detect(List<Parcel> parcels, List<PriorParcel> prior, Map<String, ValueReference> refs) {
        return detector.detect(CTX, parcels, prior, refs);
    }

    private static final BigDecimal R17 = new BigDecimal("0.17");
    private static final BigDecimal R335 = new BigDecimal("0.335");

    @Test
    void cleanConsignmentsRaiseNothing() {
        List<Parcel> clean = List.of(parcel(0, "LOPA800101AB1", "US", "100", R17), parcel(1, "LOPB800101AB1", "CN", "45", R335),
                parcel(2, "LOPC800101AB1", "US", "116", R17));
        assertThat(detect(clean, List.of(), Map.of())).isEmpty();
    }

    @Test
    void aConsigneeSplitAcrossAnEarlierManifestJustBelow117IsFlaggedWithTheExactTaxAtStake() {
        Parcel p = parcel(0, "LOPA800101AB1", "US", "110.00", R17);
        PriorParcel earlier = new PriorParcel("m1", "EARLIER", DATE.minusDays(9), "RFC:LOPA800101AB1", "LOPA800101AB1",
                "OTHER|NAME", null, new BigDecimal("100.00"));
        Flag f = detect(List.of(p), List.of(earlier), Map.of()).get(0).get(0);
        assertThat(f.code()).isEqualTo(FlagCode.SPLIT_SHIPMENT);
        assertThat(f.evidence().get("combinedValueUsd")).isEqualTo(new BigDecimal("210.00"));
        assertThat(f.evidence().get("thresholdUsd")).isEqualTo(new BigDecimal("117"));
        assertThat(f.evidence().get("otherGuides").toString()).contains("EARLIER");
        // 19 % on USD 210 instead of 17 %: 2 points on USD 110 = USD 2.20, MXN 2,035.00 × 0.02 = 40.70
        assertThat(f.taxAtStake().rateDifference()).isEqualByComparingTo("0.02");
        assertThat(f.taxAtStake().amountUsd()).isEqualTo(new BigDecimal("2.20"));
        assertThat(f.taxAtStake().amountMxn()).isEqualTo(new BigDecimal("40.70"));
    }

    @Test
    void linkedByPhoneOrNameAndAddressInsideTheManifestUnderDifferentRfcs() {
        Parcel a = parcel(0, "LOPA800101AB1", "US", "48", BigDecimal.ZERO);
        Parcel b = new Parcel(1, "G1", "LOPZ800101AB1", "RFC:LOPZ800101AB1", "X|Y", "Y", "5512345678", "Laredo, United States", "US",
                "phone case", null, false, BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("49"), new BigDecimal("49").multiply(FX),
                new BigDecimal("49"), BigDecimal.ZERO);
        Parcel a2 = new Parcel(0, a.guide(), a.rfc(), a.consigneeKey(), a.nameAddressKey(), a.addressKey(), "55 1234 5678".replaceAll("\\D", ""),
                a.shipperAddress(), "US", a.description(), a.hsCode(), false, a.quantity(), a.weightKg(), a.valueUsd(), a.valueMxn(),
                a.consigneeValueUsd(), BigDecimal.ZERO);
        Map<Integer, List<Flag>> flags = detect(List.of(a2, b), List.of(), Map.of());
        assertThat(flags.get(0)).extracting(Flag::code).containsExactly(FlagCode.SPLIT_SHIPMENT);
        assertThat(flags.get(1)).extracting(Flag::code).containsExactly(FlagCode.SPLIT_SHIPMENT);
        // USD 97 together would pay 17 %: 17 points on USD 48
        assertThat(flags.get(0).get(0).taxAtStake().amountUsd()).isEqualTo(new BigDecimal("8.16"));
    }

    @Test
    void splittingThatChangesNoRateIsNotFlagged() {
        // Chinese goods pay 33.5 % from the first dollar after 15 Aug 2025: USD 50 changes nothing
        Parcel p = parcel(0, "LOPA800101AB1", "CN", "45", R335);
        PriorParcel earlier = new PriorParcel("m1", "E", DATE.minusDays(3), "RFC:LOPA800101AB1", "LOPA800101AB1", "O|N", null,
                new BigDecimal("45"));
        assertThat(detect(List.of(p), List.of(earlier), Map.of())).isEmpty();
    }

    @Test
    void falseUsmcaOriginFromAShipperInShenzhenShowsThe335Minus17Difference() {
        Parcel p = with(parcel(0, "LOPA800101AB1", "US", "100.00", R17), "Bao'an District, Shenzhen, China", "phone case", "392690",
                BigDecimal.ONE, "CALLE 0");
        Flag f = detect(List.of(p), List.of(), Map.of()).get(0).get(0);
        assertThat(f.code()).isEqualTo(FlagCode.FALSE_ORIGIN);
        assertThat(f.taxAtStake().rateDifference()).isEqualByComparingTo("0.165");
        assertThat(f.taxAtStake().amountUsd()).isEqualTo(new BigDecimal("16.50"));
        assertThat(f.taxAtStake().amountMxn()).isEqualTo(new BigDecimal("305.25"));
        assertThat(f.evidence()).containsEntry("shipperCountry", "CN");
    }

    @Test
    void genericDescriptionsInEnglishAndSpanishButNotPreciseOnes() {
        List<Parcel> ps = new ArrayList<>();
        String[] generic = {"Gift", "SAMPLES", "spare parts", "Regalo", "muestra sin valor", "Refacciones"};
        for (int i = 0; i < generic.length; i++) {
            ps.add(with(parcel(i, "LOPA80010" + i + "AB1", "CN", "300", R335), "Laredo, United States",
                    generic[i].equals("muestra sin valor") ? "muestra" : generic[i], "392690", BigDecimal.ONE, "CALLE " + i));
        }
        ps.add(with(parcel(9, "LOPB800101AB1", "CN", "300", R335), "Laredo, United States", "gift wrapping paper", "480256",
                BigDecimal.ONE, "CALLE 9"));
        Map<Integer, List<Flag>> flags = detect(ps, List.of(), Map.of());
        for (int i = 0; i < generic.length; i++) {
            assertThat(flags.get(i)).as(generic[i]).extracting(Flag::code).containsExactly(FlagCode.GENERIC_DESCRIPTION);
        }
        assertThat(flags).doesNotContainKey(9);
    }

    @Test
    void missingRfcFrom2025RrnaGoodsCommercialQuantityAndManyConsigneesAtOneAddress() {
        Parcel generic = parcel(0, "XAXX010101000", "CN", "300", R335);
        Parcel vitamins = with(parcel(1, "LOPA800101AB1", "CN", "300", R335), "Laredo, United States", "vitamin C tablets", null,
                BigDecimal.ONE, "CALLE 1");
        Parcel many = with(parcel(2, "LOPB800101AB1", "CN", "300", R335), "Laredo, United States", "phone case", "392690",
                new BigDecimal("40"), "CALLE 2");
        Map<Integer, List<Flag>> flags = detect(List.of(generic, vitamins, many), List.of(), Map.of());
        assertThat(flags.get(0)).extracting(Flag::code).containsExactly(FlagCode.MISSING_RFC);
        assertThat(flags.get(1)).extracting(Flag::code).containsExactly(FlagCode.RRNA_UNDER_GLOBAL_RATE);
        assertThat(flags.get(1).get(0).taxAtStake().note()).isEqualTo(TaxAtStake.REGULAR_PEDIMENTO);
        assertThat(flags.get(2)).extracting(Flag::code).containsExactly(FlagCode.COMMERCIAL_QUANTITY);

        List<Parcel> sameAddress = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sameAddress.add(with(parcel(i, "LOPC80010" + i + "AB1", "CN", "300", R335), "Laredo, United States", "phone case",
                    "392690", BigDecimal.ONE, "BODEGA 7, TIJUANA"));
        }
        assertThat(detect(sameAddress, List.of(), Map.of()).get(4)).extracting(Flag::code)
                .containsExactly(FlagCode.MANY_CONSIGNEES_ONE_ADDRESS);
        assertThat(detect(sameAddress.subList(0, 4), List.of(), Map.of())).isEmpty();
    }

    @Test
    void weightValueRatioOnlyWhereAReferenceExistsWithTheRateOnTheMissingValue() {
        // 2 kg of phone cases declared USD 10: USD 5/kg against a reference of 20–200
        Parcel p = new Parcel(0, "G0", "LOPA800101AB1", "RFC:LOPA800101AB1", "A|B", "B", null, "Laredo, United States", "CN",
                "phone case", "392690", false, BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("10"), new BigDecimal("185"),
                new BigDecimal("10"), R335);
        assertThat(detect(List.of(p), List.of(), Map.of())).isEmpty();
        ValueReference ref = new ValueReference("392690", new BigDecimal("20"), new BigDecimal("200"), 12);
        Flag f = detect(List.of(p), List.of(), Map.of("392690", ref)).get(0).get(0);
        assertThat(f.code()).isEqualTo(FlagCode.WEIGHT_VALUE_RATIO);
        // USD 40 expected − 10 declared = 30 missing × 33.5 % = 10.05; MXN 30 × 18.50 × 0.335 = 185.93
        assertThat(f.taxAtStake().baseUsd()).isEqualTo(new BigDecimal("30.00"));
        assertThat(f.taxAtStake().amountUsd()).isEqualTo(new BigDecimal("10.05"));
        assertThat(f.taxAtStake().amountMxn()).isEqualTo(new BigDecimal("185.93"));
    }

    @Test
    void northboundRunsOnlyTheKindsThatAreNotMexicanRates() {
        Parcel p = with(parcel(0, "XAXX010101000", "US", "110", null), "Shenzhen, China", "gift", null, BigDecimal.ONE, "C");
        Map<Integer, List<Flag>> flags = detector.detect(new IrregularityDetector.Context(DATE, false, FX), List.of(p), List.of(), Map.of());
        assertThat(flags.get(0)).extracting(Flag::code).containsExactly(FlagCode.GENERIC_DESCRIPTION);
    }
}
