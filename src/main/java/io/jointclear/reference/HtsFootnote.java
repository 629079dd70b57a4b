package io.jointclear.reference;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A footnote of an HTSUS line as the USITC revision prints it, e.g. {@code "See 9903.88.15."} on the
 * general column: the link from a chapter 1–97 line to the chapter-99 heading that adds a duty to it.
 *
 * @param columns the columns it is attached to ("general", "special", "other", "desc"), as printed
 * @param text    the footnote text, stripped of surrounding blanks
 * @param type    "footnote" or "endnote", as printed ("" when absent)
 */
public record HtsFootnote(List<String> columns, String text, String type) {

    private static final Pattern PROVISION = Pattern.compile("\\b\\d{4}\\.\\d{2}\\.\\d{2}(?:\\.\\d{2})?\\b");

    public HtsFootnote {
        columns = List.copyOf(columns);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }

    /**
     * The tariff provisions the text cites, in order, as printed with dots ("9903.88.15"); a range
     * "9903.52.00 through 9903.52.26" gives both ends, the reader decides what lies between.
     */
    public List<String> citedProvisions() {
        Matcher m = PROVISION.matcher(text);
        java.util.ArrayList<String> cited = new java.util.ArrayList<>();
        while (m.find()) {
            cited.add(m.group());
        }
        return List.copyOf(cited);
    }

    /** Whether the footnote points to a chapter-99 provision (an additional or temporary duty). */
    public boolean citesChapter99() {
        return citedProvisions().stream().anyMatch(p -> p.startsWith("99"));
    }
}
