/**
 * Operators and sanctions (BRIEF §7, §8.1, §9): the registry of who may operate at the border (importers in
 * the Padrón, customs agents and agencies, US brokers, carriers, courier companies, bonded facilities, IMMEX
 * companies) with their dated authorisations and certifications, each operator's compliance score, and the
 * due-process proceedings that suspend or cancel an authorisation. See docs/operators.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operators and sanctions",
        allowedDependencies = {"audit", "reference", "shared", "declaration", "clearance", "courier", "risk"})
package io.jointclear.operators;
