package io.jointclear.compliance.detection;

import java.util.List;

/**
 * One reason a line looks misclassified: a rule that fired (or the learned model), the fuel it points
 * to, and the figures that make it fire. People read it through the bundle key
 * {@code compliance.evidence.<code>} with {@code args} as its arguments.
 *
 * @param conclusive the evidence alone is enough to flag the line (laboratory figures)
 */
public record Evidence(String code, FuelFamily family, boolean conclusive, List<String> args) {

    public Evidence {
        args = List.copyOf(args);
    }

    public String messageKey() {
        return "compliance.evidence." + code;
    }
}
