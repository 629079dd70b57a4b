package io.jointclear.courier.detection;

import io.jointclear.courier.domain.CourierMoney;
import io.jointclear.courier.domain.MxCourierRates;
import io.jointclear.courier.domain.RateDecision;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds irregular operations in a courier manifest (BRIEF §8.4): each consignment alone (generic description,
 * false USMCA origin, RRNA goods under the global rate, commercial quantity, value per kg), the manifest as a
 * whole (many consignees at one address) and the courier's earlier manifests of the window (split shipments).
 * Pure: the caller brings the window's consignments and the value references in one query each.
 */
public final class IrregularityDetector {

    /** Thresholds rule 3.7.35 sets per consignee, USD: exemption, 17 % band, simplified-procedure ceiling. */
    public static final List<BigDecimal> THRESHOLDS = List.of(new BigDecimal("50"), new BigDecimal("117"), MxCourierRates.USD_2500);
    private static final Set<String> GENERIC_RFC = Set.of("XAXX010101000", "XEXX010101000");
    static final int MAX_EVIDENCE_GUIDES = 20;

    private final DetectionSettings settings;

    public IrregularityDetector(DetectionSettings settings) {
        this.settings = settings;
    }

    /** The manifest: its governing date, direction, exchange rate, and the first day of the window. */
    public record Context(LocalDate date, boolean southbound, BigDecimal usdMxn) {
    }

    public LocalDate windowFrom(LocalDate date) {
        return date.minusDays(settings.windowDays());
    }

    /** The lowest threshold a consignee value is just below, or null. */
    public BigDecimal nearThreshold(BigDecimal consigneeValueUsd) {
        for (BigDecimal t : THRESHOLDS) {
            if (consigneeValueUsd.compareTo(t) <= 0) {
                return consigneeValueUsd.compareTo(t.multiply(settings.nearFraction())) > 0 ? t : null;
            }
        }
        return null;
    }

    /** The bottom of "just below" a threshold (exclusive). */
    public BigDecimal nearFloor(BigDecimal threshold) {
        return threshold.multiply(settings.nearFraction());
    }

    /** Flags by consignment index (only consignments with at least one flag). */
    public Map<Integer, List<Flag>> detect(Context ctx, List<Parcel> parcels, List<PriorParcel> prior,
                                           Map<String, ValueReference> references) {
        Map<Integer, List<Flag>> flags = new TreeMap<>();
        Map<Integer, Flag> splits = ctx.southbound() ? splits(ctx, parcels, prior) : Map.of();
        Map<String, Set<String>> consigneesAt = new HashMap<>();
        Map<String, List<String>> guidesAt = new HashMap<>();
        for (Parcel p : parcels) {
            consigneesAt.computeIfAbsent(p.addressKey(), k -> new HashSet<>()).add(p.consigneeKey());
            List<String> guides = guidesAt.computeIfAbsent(p.addressKey(), k -> new ArrayList<>());
            if (guides.size() <= MAX_EVIDENCE_GUIDES) {
                guides.add(p.guide());
            }
        }
        for (Parcel p : parcels) {
            List<Flag> found = new ArrayList<>(0);
            if (ctx.southbound()) {
                java.util.Optional.ofNullable(splits.get(p.index())).ifPresent(found::add);
                missingRfc(ctx, p).ifPresent(found::add);
                falseOrigin(ctx, p).ifPresent(found::add);
                rrna(p).ifPresent(found::add);
            }
            manyConsignees(p, consigneesAt.get(p.addressKey()).size(), guidesAt.get(p.addressKey())).ifPresent(found::add);
            if (GoodsWords.generic(p.description())) {
                found.add(new Flag(FlagCode.GENERIC_DESCRIPTION, List.of(p.description().strip()),
                        Map.of("description", p.description().strip()), notARate()));
            }
            commercialQuantity(p).ifPresent(found::add);
            weightValue(p, references).ifPresent(found::add);
            if (!found.isEmpty()) {
                flags.put(p.index(), List.copyOf(found));
            }
        }
        return flags;
    }

    /** Split shipments, per threshold: each consignee just below it linked with the window's ones. */
    private Map<Integer, Flag> splits(Context ctx, List<Parcel> parcels, List<PriorParcel> prior) {
        Map<Integer, Flag> out = new HashMap<>();
        for (BigDecimal threshold : THRESHOLDS) {
            List<Parcel> near = parcels.stream()
                    .filter(p -> p.rate() != null && threshold.equals(nearThreshold(p.consigneeValueUsd()))).toList();
            if (near.isEmpty()) {
                continue;
            }
            SplitShipments links = new SplitShipments();
            near.forEach(p -> links.addCurrent(p, ctx.date()));
            prior.stream().filter(p -> threshold.equals(nearThreshold(p.consigneeValueUsd()))).forEach(links::addPrior);
            Map<Integer, SplitShipments.Linked> sets = links.link();
            for (Parcel p : near) {
                SplitShipments.Linked set = links.of(p, sets);
                if (set.groups() > 1 && set.combinedUsd().compareTo(threshold) > 0) {
                    split(ctx, p, threshold, set).ifPresent(f -> out.put(p.index(), f));
                }
            }
        }
        return out;
    }

    private java.util.Optional<Flag> split(Context ctx, Parcel p, BigDecimal threshold, SplitShipments.Linked set) {
        RateDecision should = MxCourierRates.decide(ctx.date(), p.origin(), set.combinedUsd(), null);
        TaxAtStake stake = should.refused() ? regularPedimento() : difference(p, should.rate(), p.valueUsd(), p.valueMxn());
        if (stake.rateDifference() != null && stake.rateDifference().signum() <= 0) {
            return java.util.Optional.empty(); // the threshold changes nothing for this origin and date
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("thresholdUsd", threshold);
        evidence.put("windowDays", settings.windowDays());
        evidence.put("windowFrom", windowFrom(ctx.date()).toString());
        evidence.put("windowTo", ctx.date().toString());
        evidence.put("consigneeValueUsd", p.consigneeValueUsd());
        evidence.put("combinedValueUsd", set.combinedUsd());
        evidence.put("otherGuides", set.otherGuides());
        if (!should.refused()) {
            evidence.put("rateApplied", p.rate());
            evidence.put("rateOnCombinedValue", should.rate());
        }
        return java.util.Optional.of(new Flag(FlagCode.SPLIT_SHIPMENT, List.of(Integer.toString(set.groups() - 1),
                Integer.toString(settings.windowDays()), p.consigneeValueUsd().toPlainString(), threshold.toPlainString(),
                set.combinedUsd().toPlainString(), guideList(set.otherGuides())), evidence, stake));
    }

    private static String guideList(List<Map<String, Object>> guides) {
        return String.join(", ", guides.stream().map(g -> g.get("guide") + " (" + g.get("date") + ", USD " + g.get("consigneeValueUsd") + ")").toList());
    }

    private static java.util.Optional<Flag> missingRfc(Context ctx, Parcel p) {
        if (ctx.date().isBefore(MxCourierRates.RGCE_2025) || p.rfc() != null && !GENERIC_RFC.contains(p.rfc())) {
            return java.util.Optional.empty();
        }
        String given = p.rfc() == null ? "—" : p.rfc();
        return java.util.Optional.of(new Flag(FlagCode.MISSING_RFC, List.of(given), Map.of("rfc", given), notARate()));
    }

    private static java.util.Optional<Flag> falseOrigin(Context ctx, Parcel p) {
        if (p.rate() == null || !("US".equals(p.origin()) || "CA".equals(p.origin()))) {
            return java.util.Optional.empty();
        }
        String asia = ShipperRegions.asianCountry(p.shipperAddress());
        if (asia == null) {
            return java.util.Optional.empty();
        }
        RateDecision should = MxCourierRates.decide(ctx.date(), asia, p.consigneeValueUsd(), null);
        TaxAtStake stake = should.refused() ? regularPedimento() : difference(p, should.rate(), p.valueUsd(), p.valueMxn());
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("declaredOrigin", p.origin());
        evidence.put("shipperAddress", p.shipperAddress());
        evidence.put("shipperCountry", asia);
        evidence.put("rateApplied", p.rate());
        if (!should.refused()) {
            evidence.put("rateForShipperCountry", should.rate());
        }
        return java.util.Optional.of(new Flag(FlagCode.FALSE_ORIGIN, List.of(p.origin(), p.shipperAddress().strip(), asia),
                evidence, stake));
    }

    private static java.util.Optional<Flag> rrna(Parcel p) {
        String hint = p.rrna() || p.rate() == null ? null : GoodsWords.rrnaHint(p.description(), p.hsCode());
        return hint == null ? java.util.Optional.empty() : java.util.Optional.of(new Flag(FlagCode.RRNA_UNDER_GLOBAL_RATE,
                List.of(hint), Map.of("indication", hint, "rateApplied", p.rate()), regularPedimento()));
    }

    private java.util.Optional<Flag> manyConsignees(Parcel p, int consignees, List<String> guidesThere) {
        if (consignees < settings.manyConsignees()) {
            return java.util.Optional.empty();
        }
        List<String> guides = guidesThere.stream().filter(g -> !g.equals(p.guide())).limit(5).toList();
        return java.util.Optional.of(new Flag(FlagCode.MANY_CONSIGNEES_ONE_ADDRESS, List.of(Integer.toString(consignees),
                String.join(", ", guides)), Map.of("consignees", consignees, "limit", settings.manyConsignees(),
                "otherGuides", guides), notARate()));
    }

    private java.util.Optional<Flag> commercialQuantity(Parcel p) {
        if (p.quantity().compareTo(settings.commercialQuantity()) <= 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Flag(FlagCode.COMMERCIAL_QUANTITY, List.of(p.quantity().toPlainString()),
                Map.of("quantity", p.quantity(), "limit", settings.commercialQuantity()), notARate()));
    }

    private static java.util.Optional<Flag> weightValue(Parcel p, Map<String, ValueReference> references) {
        String key = ValueReference.keyOf(p.hsCode(), p.description());
        ValueReference ref = key == null ? null : references.get(key);
        if (ref == null || p.weightKg().signum() <= 0) {
            return java.util.Optional.empty(); // no reference for this subheading or class: nothing to compare with
        }
        boolean byClass = key.startsWith(ValueReference.DESCRIPTION_CLASS);
        String shown = byClass ? key.substring(ValueReference.DESCRIPTION_CLASS.length()) : key;
        BigDecimal perKg = p.valueUsd().divide(p.weightKg(), 2, RoundingMode.HALF_UP);
        boolean low = perKg.compareTo(ref.minUsdPerKg()) < 0;
        if (!low && perKg.compareTo(ref.maxUsdPerKg()) <= 0) {
            return java.util.Optional.empty();
        }
        TaxAtStake stake = notARate();
        if (low && p.rate() != null && p.rate().signum() > 0) { // undervalued: the rate on the missing value
            BigDecimal missingUsd = CourierMoney.cents(ref.minUsdPerKg().multiply(p.weightKg()).subtract(p.valueUsd()));
            BigDecimal fx = p.valueUsd().signum() == 0 ? null : p.valueMxn().divide(p.valueUsd(), 10, RoundingMode.HALF_UP);
            stake = new TaxAtStake(p.rate(), missingUsd, CourierMoney.cents(missingUsd.multiply(p.rate())),
                    fx == null ? null : CourierMoney.cents(missingUsd.multiply(fx).multiply(p.rate())), null);
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put(byClass ? "descriptionClass" : "hs6", shown);
        evidence.put("usdPerKg", perKg);
        evidence.put("referenceMinUsdPerKg", ref.minUsdPerKg());
        evidence.put("referenceMaxUsdPerKg", ref.maxUsdPerKg());
        evidence.put("referenceObservations", ref.observations());
        return java.util.Optional.of(new Flag(FlagCode.WEIGHT_VALUE_RATIO, List.of(shown, perKg.toPlainString(),
                ref.minUsdPerKg().toPlainString(), ref.maxUsdPerKg().toPlainString()), evidence, stake));
    }

    private static TaxAtStake difference(Parcel p, BigDecimal shouldRate, BigDecimal baseUsd, BigDecimal baseMxn) {
        BigDecimal diff = shouldRate.subtract(p.rate());
        return new TaxAtStake(diff, baseUsd, CourierMoney.cents(baseUsd.multiply(diff)), CourierMoney.cents(baseMxn.multiply(diff)), null);
    }

    private static TaxAtStake regularPedimento() {
        return new TaxAtStake(null, null, null, null, TaxAtStake.REGULAR_PEDIMENTO);
    }

    private static TaxAtStake notARate() {
        return new TaxAtStake(null, null, null, null, TaxAtStake.NOT_A_RATE);
    }
}
