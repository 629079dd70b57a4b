package io.jointclear.courier.detection;

import java.util.List;
import java.util.Map;

/**
 * One irregularity found on a consignment: its code, the arguments of its explanation in the bundles
 * ({@code courier.flag.<CODE>}), the evidence as data (other guides, window, values, thresholds) and the tax at
 * stake. Evidence and thresholds are for officials only; couriers see the outcome.
 */
public record Flag(FlagCode code, List<String> args, Map<String, Object> evidence, TaxAtStake taxAtStake) {
}
