/**
 * The registry of operators: operators, their dated authorisations and certifications, the seeds, and the
 * application of sanctions. Exposed to the console (read models and the registry service) and to the
 * proceedings and score of this module.
 */
@org.springframework.modulith.NamedInterface("registry")
package io.jointclear.operators.registry;
