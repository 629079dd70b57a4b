/**
 * The joint case: a crossing of one truck or train at a land-port pair, holding both countries'
 * declarations with their assessments, one shared selection, each authority's decision, and a joint
 * release only when both release — every step timed, authorised and audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Joint clearance")
package io.jointclear.clearance;
