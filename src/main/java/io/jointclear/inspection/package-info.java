/**
 * Joint inspection: when either authority's lane is red (or an officer refers the case), one
 * inspection is scheduled at the port pair's facility; an officer of each authority takes part, and
 * the findings of each are recorded and shown to both.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Joint inspection")
package io.jointclear.inspection;
