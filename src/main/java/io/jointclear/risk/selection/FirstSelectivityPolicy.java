package io.jointclear.risk.selection;

import io.jointclear.risk.Lane;
import io.jointclear.risk.Selection;
import io.jointclear.risk.Selection.Reason;
import io.jointclear.risk.SelectionRequest;
import io.jointclear.risk.SelectionRequest.DeclarationFacts;
import io.jointclear.risk.Selectivity;
import io.jointclear.shared.Authority;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * The first selectivity policy: a minimum random rate per authority plus a few rules whose hits are
 * shown to the officer. The lane of an authority is the strictest lane any reason asks for.
 */

class FirstSelectivityPolicy implements Selectivity {

    static final String POLICY = "first-policy/1";
    private static final Set<String> PHYSICAL_MISMATCHES = Set.of("HS6_MISMATCH", "QUANTITY_MISMATCH", "ORIGIN_MISMATCH", "UNMATCHED_LINE");

    private final SelectivityProperties properties;

    FirstSelectivityPolicy(SelectivityProperties properties) {
        this.properties = properties;
    }

    @Override
    public Selection select(SelectionRequest request) {
        Map<Authority, Selection.AuthorityLane> lanes = new EnumMap<>(Authority.class);
        for (DeclarationFacts declaration : request.declarations()) {
            List<Reason> reasons = new ArrayList<>();
            crossCheckRule(request, reasons);
            adCvdRule(declaration, reasons);
            highValueRule(declaration, reasons);
            hydrocarbonRule(declaration, reasons);
            randomRule(request, declaration.authority(), reasons);
            Lane lane = reasons.stream().map(Reason::lane).reduce(Lane.GREEN, Lane::stricter);
            if (reasons.isEmpty()) {
                reasons.add(new Reason("NO_RULE_HIT", Lane.GREEN, "No rule hit and not drawn at random (rate "
                        + properties.randomRate(declaration.authority().name()).movePointRight(2).stripTrailingZeros().toPlainString() + " %)"));
            }
            lanes.put(declaration.authority(), new Selection.AuthorityLane(declaration.authority(), lane, reasons));
        }
        return new Selection(lanes, POLICY);
    }

    /** The two sides of the crossing disagree: physical differences are inspected, value differences reviewed. */
    private static void crossCheckRule(SelectionRequest request, List<Reason> reasons) {
        for (String kind : Set.copyOf(request.crossCheckKinds())) {
            Lane lane = PHYSICAL_MISMATCHES.contains(kind) ? Lane.RED : Lane.YELLOW;
            reasons.add(new Reason("CROSS_CHECK_" + kind, lane,
                    "Export and import declarations disagree (" + kind.toLowerCase().replace('_', ' ') + ")"));
        }
    }

    /** AD/CVD lines: the case, manufacturer and cash deposit are checked on the documents. */
    private static void adCvdRule(DeclarationFacts declaration, List<Reason> reasons) {
        if (declaration.authority() == Authority.US && declaration.lines().stream().anyMatch(l -> !l.adCvdCases().isEmpty())) {
            reasons.add(new Reason("AD_CVD_LINE", Lane.YELLOW, "A line is subject to antidumping/countervailing duties"));
        }
    }

    private void highValueRule(DeclarationFacts declaration, List<Reason> reasons) {
        declaration.lines().stream()
                .filter(l -> l.valueUsd() != null && l.valueUsd().compareTo(properties.reviewValueUsd()) > 0)
                .findFirst()
                .ifPresent(l -> reasons.add(new Reason("HIGH_VALUE_LINE", Lane.YELLOW,
                        "A line declares USD " + l.valueUsd().toPlainString() + ", above the review threshold of USD "
                                + properties.reviewValueUsd().toPlainString())));
    }

    /** Chapter 27 fuels on a Mexican import: the IEPS at stake makes misclassification pay (brief §11.6). */
    private static void hydrocarbonRule(DeclarationFacts declaration, List<Reason> reasons) {
        if (declaration.authority() == Authority.MX && declaration.lines().stream()
                .anyMatch(l -> l.tariffCode() != null && l.tariffCode().startsWith("27"))) {
            reasons.add(new Reason("HYDROCARBONS", Lane.YELLOW, "Chapter 27 fuels: classification and IEPS are reviewed"));
        }
    }

    private void randomRule(SelectionRequest request, Authority authority, List<Reason> reasons) {
        var rate = properties.randomRate(authority.name());
        if (RandomDraw.selects(request.crossingId(), authority.name(), rate)) {
            reasons.add(new Reason("RANDOM", Lane.RED, "Drawn at random for physical inspection (minimum random rate "
                    + rate.movePointRight(2).stripTrailingZeros().toPlainString() + " %)"));
        }
    }
}
