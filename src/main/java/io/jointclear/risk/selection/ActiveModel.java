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

    private final double weight;
    private volatile Loaded current;

    public ActiveModel(@Value("${jointclear.risk.model.weight:1.0}") double weight) {
        this.weight = weight;
    }

    /** No model until one is activated (the rules-only engine). */
    public static ActiveModel none() {
        return new ActiveModel(1.0);
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
