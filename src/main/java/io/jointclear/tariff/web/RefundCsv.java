package io.jointclear.tariff.web;

import io.jointclear.tariff.reassessment.RefundReport;

/** The refund report as CSV (RFC 4180): one row per entry, then a TOTAL row. */
final class RefundCsv {

    private RefundCsv() {
    }

    static String of(RefundReport r) {
        StringBuilder out = new StringBuilder(128 * (r.entries().size() + 2));
        row(out, "index", "crossingId", "number", "importer", "date", "currency", "ieepaPaid", "refundable", "interest",
                "headings", "problem");
        for (RefundReport.Entry e : r.entries()) {
            row(out, String.valueOf(e.index()), str(e.crossingId()), e.number(), e.importer(), str(e.date()), e.currency(),
                    e.ieepaPaid(), e.refundable(), e.interest(), e.headings() == null ? "" : String.join(" ", e.headings()),
                    e.problem() == null ? "" : e.problem().code());
        }
        RefundReport.Total t = r.total();
        row(out, "TOTAL", "", "", "", "", t.currency(), t.ieepaPaid(), t.refundable(), t.interest(), "",
                t.entriesWithProblems() == 0 ? "" : t.entriesWithProblems() + " with problems");
        return out.toString();
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(Csv.cell(cells[i]));
        }
        out.append("\r\n");
    }
}
