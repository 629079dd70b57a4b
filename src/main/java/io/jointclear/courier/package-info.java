/**
 * Courier and parcel operations (mensajería y paquetería, BRIEF §8): consolidated manifests filed by
 * registered courier companies, the Mexican simplified procedure's global rates (RGCE rule 3.7.35,
 * clave T1) and the US entry type of each consignment after the de minimis suspension. See docs/courier.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Courier and parcels",
        allowedDependencies = {"tariff", "reference", "risk", "audit", "shared"})
package io.jointclear.courier;
