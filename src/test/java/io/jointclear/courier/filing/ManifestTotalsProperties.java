package io.jointclear.courier.filing;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.courier.domain.CourierMoney;
import io.jointclear.courier.domain.Direction;
import io.jointclear.courier.domain.RateBand;
import io.jointclear.courier.intake.RawConsignment;
import io.jointclear.courier.intake.RawManifest;
import io.jointclear.reference.CodeLists;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Manifest totals are the sums of their consignments; every amount is rounded once, the legal way. */
class ManifestTotalsProperties {

    /** Countries from the JDK's ISO 3166 list; offices and ports are not used by the southbound arithmetic. */
    private static final CodeLists ISO = new CodeLists() {
        private final Set<String> countries = Set.of(Locale.getISOCountries());

        public boolean isCountry(String alpha2) {
            return countries.contains(alpha2);
        }

        public boolean isCurrency(String code) {
            return true;
        }

        public boolean isMexicanCustomsOffice(String aduanaSeccion) {
            return true;
        }

        public boolean isUsPort(String portCode) {
            return true;
        }

        public Optional<PortPair> portPair(String mx, String us) {
            return Optional.empty();
        }

        public List<PortPair> portPairs() {
            return List.of();
        }
    };
    private static final BigDecimal FIX = new BigDecimal("18.3751");

    record Parcel(String origin, BigDecimal value, boolean pesos, int consignee) {
    }

    @Provide
    Arbitrary<List<Parcel>> parcels() {
        Arbitrary<Parcel> parcel = Combinators.combine(
                Arbitraries.of("CN", "US", "CA", "DE", "JP", "KR", "BR"),
                Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("900.00")).ofScale(2),
                Arbitraries.frequency(net.jqwik.api.Tuple.of(1, true), net.jqwik.api.Tuple.of(4, false)),
                Arbitraries.integers().between(0, 30)).as(Parcel::new);
        return parcel.list().ofMinSize(1).ofMaxSize(200);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.of(LocalDate.parse("2024-12-31"), LocalDate.parse("2025-01-01"), LocalDate.parse("2025-08-14"),
                LocalDate.parse("2025-08-15"), LocalDate.parse("2025-10-22"), LocalDate.parse("2025-10-23"));
    }

    private static ManifestAssessor.Outcome assess(List<Parcel> parcels, LocalDate date) {
        RawManifest m = new RawManifest();
        for (int i = 0; i < parcels.size(); i++) {
            Parcel p = parcels.get(i);
            RawConsignment c = new RawConsignment();
            c.guide = "G" + i;
            c.consigneeName = "Consignee " + p.consignee();
            c.consigneeRfc = String.format("ABCD%06dXY1", p.consignee());
            c.consigneeAddress = "Calle " + p.consignee();
            c.shipperName = "Shop";
            c.origin = p.origin();
            c.description = "goods";
            c.quantity = BigDecimal.ONE;
            c.weightKg = new BigDecimal("0.5");
            c.value = p.pesos() ? p.value().multiply(new BigDecimal("20")) : p.value();
            c.currency = p.pesos() ? "MXN" : "USD";
            m.consignments.add(c);
        }
        ManifestHeader h = new ManifestHeader(Direction.SOUTHBOUND, "240", date, null, FIX, "test FIX");
        return new ManifestAssessor(ISO, null).assess(m, h);
    }

    @Property(tries = 300)
    void totalsAreTheSumOfTheConsignments(@ForAll("parcels") List<Parcel> parcels, @ForAll("dates") LocalDate date) {
        ManifestAssessor.Outcome outcome = assess(parcels, date);
        ManifestTotals totals = ManifestTotals.of(outcome.accepted(), outcome.rejected().size(), FIX, "test FIX");

        assertThat(totals.consignments()).isEqualTo(parcels.size());
        assertThat(totals.accepted() + totals.rejected()).isEqualTo(parcels.size());
        BigDecimal declared = outcome.accepted().stream().map(AssessedConsignment::valueUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(totals.declaredValueUsd()).isEqualByComparingTo(declared);
        assertThat(totals.byRateBand().values().stream().mapToInt(ManifestTotals.BandTotal::consignments).sum())
                .isEqualTo(totals.accepted());
        for (ManifestTotals.TaxTotal t : totals.taxes()) {
            List<Tax> all = outcome.accepted().stream().flatMap(a -> a.taxes().stream())
                    .filter(x -> x.code().equals(t.code()) && x.currency().equals(t.currency())).toList();
            assertThat(t.amount()).isEqualByComparingTo(all.stream().map(Tax::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            BigDecimal mxn = all.stream().map(Tax::amountMxn).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(t.payableMxn()).isEqualByComparingTo(CourierMoney.wholePesos(mxn));
            assertThat(t.payableMxn().scale()).isLessThanOrEqualTo(0);
        }
        BigDecimal bandTax = totals.byRateBand().values().stream().map(ManifestTotals.BandTotal::taxUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal usdTax = totals.taxes().stream().filter(t -> t.currency().equals("USD")).map(ManifestTotals.TaxTotal::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(bandTax).isEqualByComparingTo(usdTax);
    }

    @Property(tries = 300)
    void eachTaxIsTheRateTimesTheValueRoundedOnceToTheCent(@ForAll("parcels") List<Parcel> parcels, @ForAll("dates") LocalDate date) {
        ManifestAssessor.Outcome outcome = assess(parcels, date);
        Map<String, BigDecimal> perConsignee = new java.util.HashMap<>();
        outcome.accepted().forEach(a -> perConsignee.merge(ManifestAssessor.consigneeKey(a.input()), a.valueUsd(), BigDecimal::add));
        for (AssessedConsignment a : outcome.accepted()) {
            assertThat(a.consigneeValueUsd()).isEqualByComparingTo(perConsignee.get(ManifestAssessor.consigneeKey(a.input())));
            assertThat(a.consigneeValueUsd()).isLessThanOrEqualTo(new BigDecimal("2500"));
            Tax t = a.taxes().getFirst();
            if (a.decision().band() == RateBand.EXEMPT) {
                assertThat(t.code()).isEqualTo(Tax.DTA);
                continue;
            }
            BigDecimal exact = a.valueUsd().multiply(a.rate());
            assertThat(t.amount().scale()).isEqualTo(2);
            assertThat(t.amount().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
            assertThat(t.amount()).isEqualByComparingTo(exact.setScale(2, RoundingMode.HALF_UP));
        }
        // rejected ones are exactly those over USD 2,500 per consignee
        outcome.rejected().values().forEach(errors -> assertThat(errors).allSatisfy(e ->
                assertThat(e.code()).isEqualTo("REGULAR_PEDIMENTO_REQUIRED")));
    }
}
