package io.jointclear.enforcement.cases;

import java.time.LocalDate;
import java.util.List;

/** The legal terms of each procedure and the last day of each on its country's calendar. */
public interface Terms {

    /** Terms of {@code procedure} that start with {@code step}. */
    List<LegalTerm> startedBy(Procedure procedure, StepKind step);

    /** Terms of {@code procedure} within which {@code step} must happen. */
    List<LegalTerm> bounding(Procedure procedure, StepKind step);

    /** Last day of {@code term} started on {@code start}. */
    LocalDate lastDay(LegalTerm term, LocalDate start);
}
