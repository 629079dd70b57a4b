package io.jointclear.compliance.detection;

import io.jointclear.tariff.FuelQuotas;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rules and the learned model together: a line is flagged when a laboratory rule is conclusive or when the
 * model's probability of a hidden fuel reaches the threshold. The fuel is the laboratory's when it speaks,
 * else the one the description names, else the model's likeliest; the fracción follows from it
 * ({@link FuelFamily#proposedCode}) and the tax at stake from the quotas of the declaration's date.
 */
public final class MisclassificationDetector {

    public static final String MODEL = "MODEL";
    /** Probability of a hidden fuel from which the model flags a line. */
    public static final double THRESHOLD = 0.5;

    private final FuelModel model;
    private final FuelQuotas quotas;

    public MisclassificationDetector(FuelModel model, FuelQuotas quotas) {
        this.model = model;
        this.quotas = quotas;
    }

    public FuelModel model() {
        return model;
    }

    public Finding examine(DeclaredLine line) {
        if (!DeclaredLine.inScope(line.declaredCode()) || FuelFamily.fuelCode(line.declaredCode())) {
            return new Finding(line, false, null, null, 0, List.of(), null);
        }
        List<Evidence> rules = FuelRules.evaluate(line, model.prices());
        FuelModel.Prediction p = model.predict(line, rules);
        Evidence conclusive = rules.stream().filter(Evidence::conclusive).findFirst().orElse(null);
        boolean flagged = conclusive != null || p.misclassified() >= THRESHOLD;
        List<Evidence> evidence = new ArrayList<>();
        rules.stream().filter(Evidence::conclusive).forEach(evidence::add);
        evidence.add(new Evidence(MODEL, p.likeliestFuel(), false, List.of(
                String.format(Locale.ROOT, "%.2f", p.misclassified()), String.join(", ", p.topFeatures()))));
        rules.stream().filter(e -> !e.conclusive()).forEach(evidence::add);
        if (!flagged) {
            return new Finding(line, false, null, null, p.misclassified(), evidence, null);
        }
        FuelFamily family = conclusive != null ? conclusive.family()
                : DescriptionWords.namedFuel(line.description()) != null ? DescriptionWords.namedFuel(line.description())
                : p.likeliestFuel();
        Integer octane = DescriptionWords.octane(line.description());
        String proposed = family.proposedCode(line.sulfurPpm(), octane);
        Integer pricedOctane = proposed.equals("2710129906") && octane == null ? Integer.valueOf(92) : octane;
        TaxAtStake tax = line.quantity() == null ? null : TaxAtStake.of(quotas, proposed, family.pricingOctane(pricedOctane),
                line.litres(family), line.date()).orElse(null);
        return new Finding(line, true, family, proposed, p.misclassified(), evidence, tax);
    }
}
