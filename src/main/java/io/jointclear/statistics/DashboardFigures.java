package io.jointclear.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The analyst dashboard over one period.
 *
 * @param totals          counts and arrival-to-release percentiles of the period
 * @param lanes           crossings per authority and lane (selected crossings only)
 * @param releaseMinutes  released crossings per arrival-to-release bucket, in bucket order
 * @param revenueByTax    assessed amounts per authority and tax code (MX in MXN, US in USD)
 * @param revenueByPair   assessed amounts per port pair, MX (MXN) and US (USD) apart
 * @param revenueByChapter assessed amounts per HS chapter of the crossing's first line
 */
public record DashboardFigures(LocalDate from, LocalDate to, StatisticsSummary.Figures totals, List<LaneCount> lanes,
                               List<Bucket> releaseMinutes, List<TaxAmount> revenueByTax, List<PairAmount> revenueByPair,
                               List<ChapterAmount> revenueByChapter) {

    public DashboardFigures {
        lanes = List.copyOf(lanes);
        releaseMinutes = List.copyOf(releaseMinutes);
        revenueByTax = List.copyOf(revenueByTax);
        revenueByPair = List.copyOf(revenueByPair);
        revenueByChapter = List.copyOf(revenueByChapter);
    }

    public record LaneCount(String authority, String lane, long crossings) {
    }

    /** Released crossings whose arrival-to-release time fell in [fromMinutes, toMinutes); toMinutes null = open. */
    public record Bucket(int fromMinutes, Integer toMinutes, long crossings) {
    }

    /** @param key authority and tax code, e.g. {@code MX.IVA}, {@code US.MPF} */
    public record TaxAmount(String key, BigDecimal amount) {
    }

    public record PairAmount(String mxCustomsOffice, String usPort, BigDecimal mxAmountMxn, BigDecimal usAmountUsd, long crossings) {
    }

    public record ChapterAmount(String chapter, BigDecimal mxAmountMxn, BigDecimal usAmountUsd, BigDecimal valueUsd, long crossings) {
    }

    public record DayCount(LocalDate day, long crossings, long releases) {
    }
}
