package io.jointclear.reference.htsus;

import io.jointclear.reference.HtsFootnote;
import java.util.List;

/**
 * What the history stores of a line: its printed texts and footnotes. Two revisions printing equal
 * texts share one stored version; any difference starts a new one.
 */
record HtsLineText(String tariffCode, String description, List<String> tariffUnits, String generalText,
                   String specialText, String column2Text, String additionalDuties, String quota, boolean chapter99,
                   List<HtsFootnote> footnotes) {

    HtsLineText {
        tariffUnits = List.copyOf(tariffUnits);
        footnotes = List.copyOf(footnotes);
    }

    static HtsLineText of(HtsusLine line) {
        return new HtsLineText(line.tariffCode(), line.description(), line.tariffUnits(), line.generalText(),
                line.specialText(), line.column2Text(), line.additionalDuties(), line.quota(), line.chapter99(),
                line.footnotes());
    }
}
