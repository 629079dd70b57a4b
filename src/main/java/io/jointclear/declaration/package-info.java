/**
 * Declarations: the Mexican pedimento and the US entry — intake, layered validation as a
 * prevalidator does, registration of their numbers, and the cross-check of the two sides of a crossing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Declarations",
        allowedDependencies = {"reference", "tariff", "shared"})
package io.jointclear.declaration;
