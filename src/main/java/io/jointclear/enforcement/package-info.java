/**
 * Enforcement (BRIEF §9.4, §9.5, §10): illicit-goods cases opened from a joint inspection's hold or
 * seizure, a confirmed misclassification, an analyst or a counterpart's report; their deadlines from
 * legal terms on each country's business calendar; evidence stored by content and the chain of custody
 * of seized goods and evidence; the liabilities of the resolution (omitted taxes re-assessed by the
 * tariff engine, actualización, recargos, fines by article; the US duty difference and 1592 penalty).
 * See docs/enforcement.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enforcement cases",
        allowedDependencies = {"audit", "clearance", "declaration", "inspection", "tariff", "reference", "compliance", "shared"})
package io.jointclear.enforcement;
