/**
 * Compliance analytics (BRIEF §11.3–11.6): detection of misclassified declarations (hydrocarbons of
 * chapters 27, 29, 34 and 38 first), the analyst's confirmation, the reclassification proposed for the
 * same importer and part number within five years, and the taxes recovered. See docs/compliance.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compliance analytics",
        allowedDependencies = {"audit", "clearance", "declaration", "reference", "tariff", "shared"})
package io.jointclear.compliance;
