package io.jointclear.declaration;

import io.jointclear.declaration.DeclarationDocument.Line;
import io.jointclear.declaration.DeclarationDocument.Party;
import io.jointclear.tariff.AssessmentRequest;

/**
 * A declaration reduced to what the assessment engine reads. The document carries no export date,
 * octane, metal content, IVA/IEPS guarantee or informal-entry preparation, so those stay at the
 * engine's defaults. The company matched against company-specific rates is the exporter's tax id (the
 * seller's on an import without an exporter).
 */
final class AssessmentRequests {

    private AssessmentRequests() {
    }

    static AssessmentRequest of(DeclarationDocument d) {
        String exporter = taxId(d.exporter() != null ? d.exporter() : d.seller());
        return new AssessmentRequest(
                d.authority(), d.operation(), d.type(), d.regime(), d.customsOffice(), d.date(),
                null, d.exchangeRate(), d.currency(), d.freight(), d.insurance(), d.otherIncrementables(),
                d.identifiers().stream().map(i -> new AssessmentRequest.Identifier(i.code(), i.complement())).toList(),
                false, null,
                d.lines().stream().map(l -> line(l, exporter)).toList());
    }

    private static AssessmentRequest.Line line(Line l, String exporter) {
        AssessmentRequest.Quantity quantity = l.quantity() == null ? null
                : new AssessmentRequest.Quantity(l.quantity().value(), l.quantity().unit());
        return new AssessmentRequest.Line(l.tariffCode(), l.description(), l.origin(), quantity, l.netWeightKg(),
                l.value(), l.preference(), l.adCvdCases(), l.manufacturer(), exporter, null, null);
    }

    private static String taxId(Party party) {
        return party == null ? null : party.taxId();
    }
}
