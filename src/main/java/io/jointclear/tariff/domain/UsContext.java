package io.jointclear.tariff.domain;

import java.time.LocalDate;

/** What every US policy needs about the entry. */
public record UsContext(LocalDate date, LocalDate exportDate, String entryType, MeasureBook book, Warnings warnings) {
}
