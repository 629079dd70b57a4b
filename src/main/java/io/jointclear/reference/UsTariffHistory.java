package io.jointclear.reference;

import java.time.LocalDate;
import java.util.List;

/**
 * The HTSUS as every loaded revision printed it, effective-dated: chapter-99 lines with their own
 * texts and the footnotes that tie chapter 1–97 lines to them, for whoever derives chapter-99 scopes.
 * Dates before the first revision are a {@code DATE_OUTSIDE_REFERENCE_DATA} {@link ReferenceDataProblem}.
 */
public interface UsTariffHistory {

    /** Every loaded revision, oldest first. */
    List<HtsRevision> revisions();

    /** The revision in force on a date. */
    HtsRevision revisionAt(LocalDate date);

    /** Every version of one line, oldest first (empty when the code never existed). */
    List<UsTariffLineVersion> versions(String tariffCode);

    /** The chapter-99 lines in force on a date. */
    List<UsTariffLineVersion> chapter99Lines(LocalDate date);

    /** The chapter 1–97 lines in force on a date whose footnotes cite a chapter-99 provision. */
    List<UsTariffLineVersion> linesCitingChapter99(LocalDate date);

    /** Every version of every chapter-99 line, by code then date. */
    List<UsTariffLineVersion> chapter99Versions();

    /** Every version of every chapter 1–97 line whose footnotes cite a chapter-99 provision, by code then date. */
    List<UsTariffLineVersion> versionsCitingChapter99();
}
