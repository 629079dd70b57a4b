/** The liabilities of a resolution and the accessories' data; read by the console. */
@org.springframework.modulith.NamedInterface("liability")
package io.jointclear.enforcement.liability;
