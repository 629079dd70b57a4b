/**
 * Risk targeting and selectivity: which crossings each authority stops, in which lane, and why.
 * The first policy is a configurable minimum random rate per authority plus simple rule hits; every
 * selection carries its explanation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk and selectivity")
package io.jointclear.risk;
