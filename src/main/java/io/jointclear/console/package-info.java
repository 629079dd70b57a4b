/**
 * The web console for brokers, officers and analysts (Thymeleaf + htmx, Spanish and English): it only
 * calls other modules' APIs in-process and renders view models; it owns no data and no business rule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console")
package io.jointclear.console;
