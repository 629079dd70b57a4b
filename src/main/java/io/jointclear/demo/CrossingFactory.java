package io.jointclear.demo;

import io.jointclear.clearance.FileCrossing;
import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.DeclarationDocument.Line;
import io.jointclear.declaration.DeclarationDocument.Party;
import io.jointclear.declaration.DeclarationDocument.Quantity;
import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.reference.CodeLists;
import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * Builds one simulated truckload as the broker files it: both declarations of the direction, a value
 * and a load drawn around the product's typical truck, and — for the irregular share — a quantity or
 * value that differs between the two sides. The Mexican pedimento declares a simulated exchange rate.
 */
final class CrossingFactory {

    /** How the two declarations of an irregular crossing disagree. */
    enum Irregularity { NONE, QUANTITY, VALUE }

    /** One planned crossing. */
    record Plan(long serial, boolean northbound, CodeLists.PortPair pair, DemoProducts.Product product, double quantity,
                BigDecimal valueUsd, Irregularity irregularity, Instant filedAt, Instant arrival) {
    }

    static final String PATENTE = "3456";
    static final String FILER_CODE = "316";
    private static final ZoneOffset BORDER = ZoneOffset.ofHours(-6);
    private static final List<String> MX_COMPANIES = List.of("AGR010215KJ3|Agrícola del Bajío SA de CV",
            "MAQ990301AB1|Maquiladora Fronteriza SA de CV", "ACE050607T23|Aceros del Norte SA de CV",
            "FRU120912QX5|Frutas Finas de Michoacán SA de CV", "CER980506H17|Cervecería del Pacífico SA de CV",
            "AUT011115LK8|Autopartes de Coahuila SA de CV");
    private static final List<String> US_COMPANIES = List.of("12-345678900|Border Buyer LLC", "74-123456700|Lone Star Imports Inc",
            "86-765432100|Sonoran Produce Co", "95-111222300|Pacific Rim Distributors LLC");
    private static final List<String> CARRIERS = List.of("TDNM|Transportes del Norte SA de CV", "FXBR|Fletes Bravo SA de CV",
            "CSTX|Celadon Southwest Trucking", "PAMX|Paquetexpress Carga SA de CV");

    private final long numberBase;

    CrossingFactory(long numberBase) {
        this.numberBase = numberBase;
    }

    /** Draws a crossing: product by BTS share, load log-normal around the typical truck, price ±. */
    static Plan plan(long serial, Random random, BorderTraffic traffic, boolean northbound, double irregularShare,
                     Instant filedAt, Instant arrival) {
        CodeLists.PortPair pair = traffic.pairs.pick(random);
        DemoProducts.Product p = (northbound ? traffic.northbound : traffic.southbound).pick(random);
        double quantity = Math.max(1, Math.round(p.typicalQuantity() * Math.exp(random.nextGaussian() * 0.25)));
        BigDecimal value = p.unitPriceUsd().multiply(BigDecimal.valueOf(quantity))
                .multiply(BigDecimal.valueOf(Math.exp(random.nextGaussian() * 0.12))).setScale(2, RoundingMode.HALF_UP);
        Irregularity irregularity = random.nextDouble() >= irregularShare ? Irregularity.NONE
                : random.nextBoolean() ? Irregularity.QUANTITY : Irregularity.VALUE;
        return new Plan(serial, northbound, pair, p, quantity, value, irregularity, filedAt, arrival);
    }

    /** The filing of a plan; {@code attempt} moves the declaration numbers on after a duplicate. */
    FileCrossing filing(Plan plan, Random random, int attempt) {
        LocalDate date = LocalDate.ofInstant(plan.filedAt(), ZoneOffset.UTC);
        long n = numberBase + plan.serial() + attempt * 7_919L;
        String aduana = plan.pair().mxCustomsOffice().substring(0, 2);
        String pedimento = DeclarationNumbers.pedimento(date.getYear(), aduana, PATENTE, n % 1_000_000L);
        String[] mxCompany = MX_COMPANIES.get((int) (plan.serial() % MX_COMPANIES.size())).split("\\|");
        String[] usCompany = US_COMPANIES.get((int) (plan.serial() % US_COMPANIES.size())).split("\\|");
        String[] carrier = CARRIERS.get(random.nextInt(CARRIERS.size())).split("\\|");
        DemoProducts.Product p = plan.product();
        String qty = BigDecimal.valueOf(plan.quantity()).setScale(0, RoundingMode.HALF_UP).toPlainString();
        BigDecimal quantity = new BigDecimal(qty);
        BigDecimal weight = "KGM".equals(p.mxUnit()) ? quantity : quantity.multiply(BigDecimal.valueOf(2.5)).setScale(0, RoundingMode.HALF_UP);
        BigDecimal otherQuantity = plan.irregularity() == Irregularity.QUANTITY
                ? quantity.multiply(BigDecimal.valueOf(1.08 + 0.22 * random.nextDouble())).setScale(0, RoundingMode.HALF_UP) : quantity;
        BigDecimal otherValue = plan.irregularity() == Irregularity.VALUE
                ? plan.valueUsd().multiply(BigDecimal.valueOf(0.55 + 0.25 * random.nextDouble())).setScale(2, RoundingMode.HALF_UP)
                : plan.valueUsd();
        Party mxParty = new Party(mxCompany[0], mxCompany[1], "MX");
        Party usParty = new Party(usCompany[0], usCompany[1], "US");
        BigDecimal fx = exchangeRate(date, random);
        DeclarationDocument mx;
        DeclarationDocument us;
        if (plan.northbound()) {
            mx = new DeclarationDocument(Authority.MX, pedimento, "EXP", "A1", "EXD", PATENTE, plan.pair().mxCustomsOffice(), date, fx,
                    null, mxParty, usParty, null, "USD", "FCA", null, null, null, null, List.of(),
                    List.of(new Line(p.mxCode(), p.description(), "MX", "US", new Quantity(quantity, p.mxUnit()), weight,
                            plan.valueUsd(), null, null, List.of())));
            // the import side is where an irregular crossing disagrees: more goods, or a lower value
            us = new DeclarationDocument(Authority.US, DeclarationNumbers.usEntry(FILER_CODE, n), null,
                    p.adCvdTomatoes() ? "03" : "01", null, FILER_CODE, plan.pair().usPort(), date, null, usParty, null, null, mxParty,
                    "USD", null, null, null, null, null, List.of(),
                    List.of(new Line(p.usCode(), p.description(), "MX", null, new Quantity(otherQuantity, p.usUnit()), weight,
                            otherValue, random.nextDouble() < 0.7 ? "S" : null, "MX" + mxCompany[0].substring(0, 3) + "101MTY",
                            p.adCvdTomatoes() ? List.of("A-201-820") : List.of())));
        } else {
            us = new DeclarationDocument(Authority.US, "X" + date.getYear() + String.format("%010d", n % 10_000_000_000L), "EXP", "EEI",
                    null, FILER_CODE, plan.pair().usPort(), date, null, null, usParty, null, null, "USD", null, null, null, null,
                    null, List.of(), List.of(new Line(p.usCode(), p.description(), "US", "MX", new Quantity(quantity, p.usUnit()),
                    weight, plan.valueUsd(), null, null, List.of())));
            mx = new DeclarationDocument(Authority.MX, pedimento, "IMP", "A1", "IMD", PATENTE, plan.pair().mxCustomsOffice(), date, fx,
                    mxParty, null, null, usParty, "USD", "FCA", null, null, null, null, List.of(),
                    List.of(new Line(p.mxCode(), p.description(), "US", "MX", new Quantity(otherQuantity, p.mxUnit()), weight,
                            otherValue, "USMCA", null, List.of())));
        }
        String plate = String.format("%02d%s%02d", random.nextInt(100), plan.northbound() ? "AB" : "TX", random.nextInt(100));
        return new FileCrossing(plan.northbound() ? "NORTHBOUND" : "SOUTHBOUND", plan.pair().mxCustomsOffice(), plan.pair().usPort(),
                plan.arrival().atOffset(BORDER), new FileCrossing.Carrier(carrier[0], carrier[1]),
                new FileCrossing.Conveyance(plate, plan.northbound() ? "MX" : "US", String.format("53TRL%04d", random.nextInt(10_000)),
                        List.of(String.format("SL%06d", random.nextInt(1_000_000)))),
                new FileCrossing.Driver("Operador " + (plan.serial() % 997), random.nextDouble() < 0.4
                        ? String.format("4%013d", Math.floorMod(random.nextLong(), 10_000_000_000_000L)) : null),
                List.of(mx, us));
    }

    /** A simulated FIX-like MXN per USD rate: a slow wave around 18.3 with daily noise (not Banxico data). */
    static BigDecimal exchangeRate(LocalDate date, Random random) {
        double wave = 18.3 + 0.45 * Math.sin(date.toEpochDay() / 29.0) + 0.2 * Math.sin(date.toEpochDay() / 7.0);
        return BigDecimal.valueOf(wave + random.nextGaussian() * 0.02).setScale(4, RoundingMode.HALF_UP);
    }
}
