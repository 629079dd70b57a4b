/**
 * Technical foundation every module stands on: the embedded PostgreSQL server, per-module schema
 * migrations, RFC 9457 error handling, security, clock and observability.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package io.jointclear.platform;
