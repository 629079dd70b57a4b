package io.jointclear.clearance.internal;

import io.jointclear.declaration.CrossCheckFinding;
import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.risk.SelectionRequest;
import java.util.List;
import org.springframework.stereotype.Component;

/** What selectivity is told about a crossing: its declarations' facts and the cross-check findings. */
@Component
class SelectionRequests {

    SelectionRequest of(Crossing c) {
        List<SelectionRequest.DeclarationFacts> facts = c.declarations.stream()
                .map(StoredDeclaration::document)
                .map(SelectionRequests::facts)
                .toList();
        return new SelectionRequest(c.id, facts, c.crossCheck.stream().map(CrossCheckFinding::kind).toList(),
                c.driver != null && c.driver.fastCard() != null && !c.driver.fastCard().isBlank(), c.arrivedAt,
                java.util.Map.of(SelectionRequest.PORT_PAIR, (c.mxCustomsOffice == null ? "?" : c.mxCustomsOffice) + "-"
                        + (c.usPort == null ? "?" : c.usPort)));
    }

    private static SelectionRequest.DeclarationFacts facts(DeclarationDocument d) {
        var party = switch (d.authority()) {
            case MX -> "EXP".equals(d.operation()) ? d.exporter() : d.importer();
            case US -> d.importer();
        };
        boolean usd = "USD".equals(d.currency());
        return new SelectionRequest.DeclarationFacts(d.authority(), d.type(), party == null ? null : party.taxId(),
                d.lines().stream().map(l -> new SelectionRequest.LineFacts(l.tariffCode(), l.origin(),
                        usd ? l.value() : null, l.adCvdCases(), l.preference(),
                        l.quantity() == null ? null : l.quantity().value(),
                        l.quantity() == null ? null : l.quantity().unit())).toList());
    }
}
