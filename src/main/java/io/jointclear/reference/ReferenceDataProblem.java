package io.jointclear.reference;

import io.jointclear.shared.ProblemException;
import java.time.LocalDate;

/** Why reference data could not answer: unknown code, not in force, or a date the data do not cover. */
public final class ReferenceDataProblem extends ProblemException {

    private ReferenceDataProblem(int status, String code, String title, String detail) {
        super(status, code, title, detail);
    }

    public static ReferenceDataProblem unknownTariffCode(String authority, String code) {
        return new ReferenceDataProblem(404, "UNKNOWN_TARIFF_CODE", "Unknown tariff code",
                "Tariff code " + code + " does not exist in the " + authority + " tariff");
    }

    public static ReferenceDataProblem malformedTariffCode(String code) {
        return new ReferenceDataProblem(400, "MALFORMED_TARIFF_CODE", "Malformed tariff code",
                "Tariff code must be 10 digits without dots, got '" + code + "'");
    }

    public static ReferenceDataProblem notInForce(String authority, String code, LocalDate date,
                                                  LocalDate from, LocalDate to) {
        return new ReferenceDataProblem(422, "TARIFF_CODE_NOT_IN_FORCE", "Tariff code not in force",
                "Tariff code " + code + " of the " + authority + " tariff is in force from " + from
                        + (to == null ? " with no end date" : " to " + to) + ", not on " + date);
    }

    public static ReferenceDataProblem dateOutsideData(String dataset, LocalDate date, LocalDate from, LocalDate to) {
        return new ReferenceDataProblem(422, "DATE_OUTSIDE_REFERENCE_DATA", "Date outside the reference data",
                "The " + dataset + " loaded covers " + from + " to " + (to == null ? "open" : to)
                        + "; it has no value for " + date);
    }

    public static ReferenceDataProblem rateNotLoaded(String authority, String code, LocalDate date) {
        return new ReferenceDataProblem(422, "RATE_NOT_LOADED", "Rate not loaded",
                "No " + authority + " duty rate is loaded for " + code + " on " + date);
    }
}
