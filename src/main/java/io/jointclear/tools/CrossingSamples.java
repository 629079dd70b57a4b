package io.jointclear.tools;

import io.jointclear.declaration.DeclarationNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * Realistic northbound crossings as the API takes them: a Mexican export pedimento and the matching
 * US entry for one truckload, at one of the land-port pairs. Numbers are unique within a run
 * ({@code runId} spreads runs apart so repeated runs against one database do not collide).
 */
final class CrossingSamples {

    /** A land-port pair as served by GET /api/v1/reference/port-pairs. */
    record PortPair(String mxCustomsOffice, String usPort) {
    }

    /** Run ids per patente: each takes its own block of the 6-digit progressive of the pedimento. */
    static final int RUNS_PER_PATENTE = 10;
    /** At most this many patentes: entry transactions (7 digits) hold 100 runs of {@link #MAX_PER_RUN}. */
    static final int MAX_PATENTES = 10;
    /** Crossings per run that keep numbers unique (7-digit entry transaction, 6-digit progressive). */
    static final int MAX_PER_RUN = 100_000;
    private static final List<String> EXPORTERS = List.of("AGR010215KJ3", "MAQ990301AB1", "ACE050607T23", "FRU120912QX5",
            "CER980506H17", "AUT011115LK8");

    private final Random random;
    private final List<PortPair> pairs;
    private final LocalDate date;
    private final long runId;
    private final List<String> patentes;
    private final String filerCode;

    /**
     * @param patentes  the filing agency's patentes (1 to {@value #MAX_PATENTES}): a broker files only
     *                  under its own agency's licences, so the run ids are spread over these
     * @param filerCode the agency's US filer code
     */
    CrossingSamples(long seed, List<PortPair> pairs, LocalDate date, List<String> patentes, String filerCode) {
        if (patentes.isEmpty() || patentes.size() > MAX_PATENTES) {
            throw new IllegalArgumentException("1 to " + MAX_PATENTES + " patentes");
        }
        this.random = new Random(seed);
        this.pairs = List.copyOf(pairs);
        this.date = date;
        this.patentes = List.copyOf(patentes);
        this.filerCode = filerCode;
        this.runId = Math.floorMod(seed, RUNS_PER_PATENTE * patentes.size());
    }

    String crossing(int i) {
        PortPair pair = pairs.get(random.nextInt(pairs.size()));
        Products.Product p = Products.NORTHBOUND.get(random.nextInt(Products.NORTHBOUND.size()));
        // log-normal load around the typical truck, at a price ±20 %
        double quantity = Math.max(1, Math.round(p.typicalQuantity() * Math.exp(random.nextGaussian() * 0.25)));
        BigDecimal value = p.unitPriceUsd().multiply(BigDecimal.valueOf(quantity))
                .multiply(BigDecimal.valueOf(0.8 + 0.4 * random.nextDouble())).setScale(2, RoundingMode.HALF_UP);
        String qty = BigDecimal.valueOf(quantity).stripTrailingZeros().toPlainString();
        String weight = p.mxUnit().equals("KGM") ? qty : BigDecimal.valueOf(quantity * 2.5).setScale(0, RoundingMode.HALF_UP).toPlainString();
        // Run r uses patente r / 10 and progressive block r % 10, entry transactions r × 100,000 + i:
        // unique within a run of up to MAX_PER_RUN crossings and across the 10 run ids of each patente.
        String patente = patentes.get((int) (runId / RUNS_PER_PATENTE));
        String pedimento = DeclarationNumbers.pedimento(date.getYear(), pair.mxCustomsOffice().substring(0, 2), patente,
                (runId % RUNS_PER_PATENTE) * (long) MAX_PER_RUN + i);
        String entry = DeclarationNumbers.usEntry(filerCode, runId * (long) MAX_PER_RUN + i);
        String exporter = EXPORTERS.get(random.nextInt(EXPORTERS.size()));
        String entryType = p.adCvdTomatoes() ? "03" : "01";
        String adCvd = p.adCvdTomatoes() ? ",\"adCvdCases\":[\"A-201-820\"]" : "";
        String arrival = date.atTime(6 + random.nextInt(14), random.nextInt(60)).atOffset(ZoneOffset.ofHours(-6)).toString();
        return """
                {"direction":"NORTHBOUND","mxCustomsOffice":"%s","usPort":"%s","expectedArrival":"%s",
                 "carrier":{"scac":"TDNM","name":"Transportes del Norte SA de CV"},
                 "conveyance":{"plate":"%02dAB%02d","plateCountry":"MX","trailer":"53TRL%04d","seals":["SL%06d"]},
                 "driver":{"name":"Operador %d"},
                 "declarations":[
                  {"authority":"MX","number":"%s","operation":"EXP","type":"A1","regime":"EXD","filer":"%s","customsOffice":"%s",
                   "date":"%s","exporter":{"taxId":"%s","name":"Exportadora %d SA de CV","country":"MX"},
                   "buyer":{"taxId":"12-3456789","name":"Border Buyer LLC","country":"US"},"currency":"USD","incoterm":"FCA",
                   "lines":[{"tariffCode":"%s","description":"%s","origin":"MX","destination":"US",
                     "quantity":{"value":%s,"unit":"%s"},"value":%s,"netWeightKg":%s}]},
                  {"authority":"US","number":"%s","type":"%s","filer":"%s","customsOffice":"%s","date":"%s",
                   "importer":{"taxId":"12-345678900","name":"Border Buyer LLC","country":"US"},
                   "seller":{"taxId":"%s","name":"Exportadora %d SA de CV","country":"MX"},"currency":"USD",
                   "lines":[{"tariffCode":"%s","description":"%s","origin":"MX","quantity":{"value":%s,"unit":"%s"},
                     "value":%s,"preference":"S","manufacturer":"MXEXPORT%04d"%s,"netWeightKg":%s}]}]}
                """.formatted(pair.mxCustomsOffice(), pair.usPort(), arrival,
                random.nextInt(100), random.nextInt(100), random.nextInt(10_000), random.nextInt(1_000_000), i,
                pedimento, patente, pair.mxCustomsOffice(), date, exporter, i % 500,
                p.mxCode(), p.description(), qty, p.mxUnit(), value.toPlainString(), weight,
                entry, entryType, filerCode, pair.usPort(), date, exporter, i % 500,
                p.usCode(), p.description(), qty, p.usUnit(), value.toPlainString(), i % 10_000, adCvd, weight);
    }
}
