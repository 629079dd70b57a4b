/**
 * Statistics: read models fed only by other modules' events — joint operations, inspections,
 * decisions, processing times and assessed revenue — and the reports built on them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package io.jointclear.statistics;
