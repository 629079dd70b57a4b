/**
 * The carrier's pre-arrival truck manifest (ACE eManifest): the trip, its conveyance, equipment and
 * crew, and the shipments (SCN) that each name a crossing and its declarations. It links trip ↔
 * crossing ↔ pedimento ↔ DODA, checks the pre-arrival deadline when the crossing arrives (told by the
 * clearance module's events, never called by it), flags a late or missing manifest for the officers and
 * gives selectivity the crossing attribute {@code manifestTimeliness}. It also builds the Mexican DODA
 * of a crossing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pre-arrival manifest",
        allowedDependencies = {"audit", "clearance", "risk", "shared"})
package io.jointclear.manifest;
