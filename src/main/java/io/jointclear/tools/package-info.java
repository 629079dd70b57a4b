/**
 * Operator tools run from the same jar: {@code java -jar jointclear.jar load …} files realistic
 * crossings against a running instance and reports throughput and latency.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tools")
package io.jointclear.tools;
