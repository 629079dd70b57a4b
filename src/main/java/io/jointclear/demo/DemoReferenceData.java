package io.jointclear.demo;

import io.jointclear.reference.ReferenceImports;
import io.jointclear.shared.ClusterJobs;
import io.jointclear.tariff.DemoMeasures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Demonstration reference data, demo profile only: a DEMO IGI/IGE rate for each fracción the
 * simulator ships, DEMO FIX rates from the end of the real series up to today and then daily, and the
 * US MPF of a fiscal year not loaded yet carried forward, all through the normal import paths with origin {@code demo} and source {@code DEMO} (see
 * {@code reference-data/demo/SOURCE.md}). Runs before the traffic simulator, so demo crossings are
 * assessed on both sides.
 */
public class DemoReferenceData implements ApplicationListener<ApplicationReadyEvent>, Ordered {

    static final String RATES = "reference-data/demo/mx_tariff_rates_demo.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoReferenceData.class);

    /** Fee schedules carried forward when their fiscal year has ended without a successor loaded (US MPF, formal entries). */
    static final List<String> CARRIED_MEASURES = List.of("US.MPF");

    private final ReferenceImports imports;
    private final DemoMeasures measures;
    private final Clock clock;
    private final ClusterJobs jobs;

    DemoReferenceData(ReferenceImports imports, DemoMeasures measures, Clock clock, ClusterJobs jobs) {
        this.jobs = jobs;
        this.imports = imports;
        this.measures = measures;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        loadRates();
        extendFix();
        carryMeasures();
    }

    /** The US MPF of a fiscal year not loaded yet, as DEMO (values of the last loaded year), so US entries are assessed. */
    void carryMeasures() {
        List<String> carried = measures.carryForward(CARRIED_MEASURES, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                "demo-reference-data");
        if (!carried.isEmpty()) {
            log.info("Demo reference data: {} carried forward as DEMO measures", carried);
        }
    }

    /** The DEMO IGI/IGE rates; a rejected row is a broken shipped file, hence the failure. */
    void loadRates() {
        ReferenceImports.Outcome outcome = imports.importMexicanRates(read(RATES), ReferenceImports.DEMO_ORIGIN);
        if (!outcome.rejections().isEmpty()) {
            throw new IllegalStateException("the demo rate file has rejected rows: " + outcome.rejections());
        }
        log.info("Demo reference data: {} DEMO IGI/IGE rates stored, {} already present", outcome.stored(), outcome.unchanged());
    }

    /** DEMO FIX rates for every banking day after the last stored FIX, up to today (UTC); hourly while the demo runs. */
    @Scheduled(fixedDelayString = "${jointclear.demo.fix-refresh:PT1H}", initialDelayString = "${jointclear.demo.fix-refresh:PT1H}")
    void extendFixPeriodically() {
        jobs.runIfHolder("demo.fix", this::extendFix);
    }

    void extendFix() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        ReferenceImports.StoredFix real = imports.lastFix(false).orElse(null);
        ReferenceImports.StoredFix last = imports.lastFix(true).orElse(null);
        if (real == null || last == null) {
            log.warn("Demo reference data: no FIX series loaded, no DEMO rates derived");
            return;
        }
        StringBuilder csv = new StringBuilder("date,mxn_per_usd_fix\n");
        int rows = 0;
        for (LocalDate d = last.determinationDate().plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
            if (imports.isMexicanBankingDay(d)) {
                csv.append(d).append(',').append(demoFix(real, d).toPlainString()).append('\n');
                rows++;
            }
        }
        if (rows > 0) {
            ReferenceImports.Outcome outcome = imports.importFix(csv.toString(), ReferenceImports.DEMO_ORIGIN);
            log.info("Demo reference data: {} DEMO FIX rates stored after the last real FIX of {} ({})", outcome.stored(),
                    real.determinationDate(), real.mxnPerUsd());
        }
    }

    /**
     * A deterministic demonstration FIX for {@code date}: the last real FIX with a gentle drift of at
     * most ±1 % over the weeks after it, four decimals like a published FIX.
     */
    static BigDecimal demoFix(ReferenceImports.StoredFix real, LocalDate date) {
        long days = date.toEpochDay() - real.determinationDate().toEpochDay();
        double drift = 0.006 * Math.sin(days / 23.0) + 0.004 * Math.sin(days / 6.0);
        return real.mxnPerUsd().multiply(BigDecimal.valueOf(1 + drift)).setScale(4, RoundingMode.HALF_EVEN);
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
