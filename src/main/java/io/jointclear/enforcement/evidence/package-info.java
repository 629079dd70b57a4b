/** Evidence stored by content and the chain of custody; read by the console. */
@org.springframework.modulith.NamedInterface("evidence")
package io.jointclear.enforcement.evidence;
