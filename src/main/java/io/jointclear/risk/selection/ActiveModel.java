package io.jointclear.risk.selection;

import io.jointclear.risk.model.PlatformModel;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The platform model live selectivity uses, if any: set at start-up from the stored active version and
 * replaced on activation. Its weight scales the model's log-odds in the risk score
 * ({@code jointclear.risk.model.weight}, 1.0: one unit of log-odds counts like one unit of rule weight).
 */
@Component
public class ActiveModel {

    /** A loaded model and the version name shown in the policy and explanation (e.g. {@code platform-gbdt/3}). */
    public record Loaded(PlatformModel model, String version) {
    }

    /** Default weight of the revenue term: ln of the stake ratio counts a quarter of a unit of log-odds. */
    public static final double DEFAULT_REVENUE_WEIGHT = 0.25;

    private final double weight;
    private final double revenueWeight;
    private volatile Loaded current;

    public ActiveModel(double weight) {
        this(weight, DEFAULT_REVENUE_WEIGHT);
    }

    /**
     * @param revenueWeight weight of the expected-recovery term {@code ln((1 + value) / (1 + median value))}
     *                      ({@code jointclear.risk.model.revenue-weight}; 0 ranks by hit probability alone)
     */
    @org.springframework.beans.factory.annotation.Autowired
    public ActiveModel(@Value("${jointclear.risk.model.weight:1.0}") double weight,
                       @Value("${jointclear.risk.model.revenue-weight:0.25}") double revenueWeight) {
        if (revenueWeight < 0 || revenueWeight > 1) {
            throw new IllegalArgumentException("jointclear.risk.model.revenue-weight must be in [0, 1]: " + revenueWeight);
        }
        this.weight = weight;
        this.revenueWeight = revenueWeight;
    }

    /** No model until one is activated (the rules-only engine). */
    public static ActiveModel none() {
        return new ActiveModel(1.0);
    }

    public double revenueWeight() {
        return revenueWeight;
    }

    public void activate(PlatformModel model, String version) {
        current = new Loaded(model, version);
    }

    public void deactivate() {
        current = null;
    }

    public Optional<Loaded> current() {
        return Optional.ofNullable(current);
    }

    public double weight() {
        return weight;
    }
}
