package io.jointclear.declaration.formats;

import io.jointclear.declaration.formats.ElementValues.LineValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Elements a format has no confirmed field for travel in the format's free-text carrier (archivo M
 * observaciones, EDIFACT FTX, a CATAIR platform record) as {@code JC:<element key>=<value>}, so that no
 * format loses a field and each stays a mapping of the same elements.
 */
final class Extensions {

    static final String PREFIX = "JC:";

    private Extensions() {
    }

    /** The header (and identifier) elements the format does not carry natively, in mapping order. */
    static List<String> header(ElementValues v, Set<Element> natives) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<Element, String> e : v.header().entrySet()) {
            if (!natives.contains(e.getKey())) {
                out.add(PREFIX + e.getKey().key() + "=" + e.getValue());
            }
        }
        if (!natives.contains(Element.IDENTIFIER_CODE)) {
            for (Map<Element, String> i : v.identifiers()) {
                out.add(PREFIX + "identifier=" + i.getOrDefault(Element.IDENTIFIER_CODE, "") + "="
                        + i.getOrDefault(Element.IDENTIFIER_COMPLEMENT, ""));
            }
        }
        return out;
    }

    /** The line elements (and AD/CVD cases) the format does not carry natively. */
    static List<String> line(LineValues line, Set<Element> natives) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<Element, String> e : line.values().entrySet()) {
            if (!natives.contains(e.getKey())) {
                out.add(PREFIX + e.getKey().key() + "=" + e.getValue());
            }
        }
        if (!natives.contains(Element.AD_CVD_CASE)) {
            for (String c : line.cases()) {
                out.add(PREFIX + Element.AD_CVD_CASE.key() + "=" + c);
            }
        }
        return out;
    }

    /**
     * Puts one extension text back into the values ({@code line} null for a header extension).
     *
     * @return null when taken, else why not
     */
    static String read(String text, ElementValues v, LineValues line) {
        if (text == null || !text.startsWith(PREFIX) || text.indexOf('=') < 0) {
            return "not a platform element (" + PREFIX + "<element>=<value>): free text is not kept";
        }
        String key = text.substring(PREFIX.length(), text.indexOf('='));
        String value = text.substring(text.indexOf('=') + 1);
        if (line == null && key.equals("identifier")) {
            int split = value.indexOf('=');
            if (split < 0) {
                return "an identifier is code=complement";
            }
            Map<Element, String> id = v.addIdentifier();
            ElementValues.putIn(id, Element.IDENTIFIER_CODE, value.substring(0, split));
            ElementValues.putIn(id, Element.IDENTIFIER_COMPLEMENT, value.substring(split + 1));
            return null;
        }
        Element e = Element.byKey(key);
        if (e == null) {
            return "unknown element '" + key + "'";
        }
        if (line == null && e.level() == Element.Level.HEADER) {
            v.put(e, value);
            return null;
        }
        if (line != null && e.level() == Element.Level.LINE) {
            ElementValues.putIn(line.values(), e, value);
            return null;
        }
        if (line != null && e.level() == Element.Level.CASE) {
            line.cases().add(value);
            return null;
        }
        return "element '" + key + "' does not belong at this level";
    }
}
