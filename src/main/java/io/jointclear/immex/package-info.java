/**
 * IMMEX (BRIEF §6): programs of maquiladoras, their Annex 24 catalogues (materials, finished products,
 * bills of materials), and the inventory ledger kept from the platform's own crossings — temporary
 * imports posted at release, returns discharging the oldest open entries first (PEPS) through the
 * bills of materials — with balances, deadlines by category (art. 108 LA) and alerts. See docs/immex.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "IMMEX inventory (Annex 24)",
        allowedDependencies = {"audit", "clearance", "declaration", "tariff", "reference", "shared"})
package io.jointclear.immex;
