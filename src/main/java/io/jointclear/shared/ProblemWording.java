package io.jointclear.shared;

import java.util.Locale;

/**
 * Words a problem for a reader, for problems a module writes inside another answer (a batch's per-item
 * problems), where the platform's wording of response bodies does not reach. The platform implements it
 * with the same texts and fallbacks as every other problem of the API.
 */
public interface ProblemWording {

    /** The problem with its title, detail and field messages worded for {@code locale}; code, status and fields kept. */
    ProblemException worded(ProblemException problem, Locale locale);
}
