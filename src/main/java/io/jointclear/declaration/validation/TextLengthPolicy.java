package io.jointclear.declaration.validation;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.DeclarationDocument.Party;
import io.jointclear.shared.FieldViolation;
import java.util.List;

/**
 * Free text within lengths a form field holds: a party's name, a line's description, a manufacturer
 * id, an identifier's complement. Platform limits, generous against the forms (the edge already
 * refuses any string over 4,000 characters); they keep one filing from storing pages of text.
 */
final class TextLengthPolicy implements DeclarationPolicy {

    static final int NAME = 300;
    static final int DESCRIPTION = 1_000;
    static final int CODE_TEXT = 100;

    @Override
    public Layer layer() {
        return Layer.SYNTACTIC;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        DeclarationDocument d = filing.document();
        Violations v = new Violations();
        name(v, "importer", d.importer());
        name(v, "exporter", d.exporter());
        name(v, "buyer", d.buyer());
        name(v, "seller", d.seller());
        for (int i = 0; i < d.identifiers().size(); i++) {
            if (d.identifiers().get(i) != null) {
                max(v, "identifiers[" + i + "].complement", d.identifiers().get(i).complement(), CODE_TEXT);
            }
        }
        for (int i = 0; i < d.lines().size(); i++) {
            DeclarationDocument.Line line = d.lines().get(i);
            if (line != null) {
                max(v, Filing.line(i, "description"), line.description(), DESCRIPTION);
                max(v, Filing.line(i, "manufacturer"), line.manufacturer(), CODE_TEXT);
                max(v, Filing.line(i, "partNumber"), line.partNumber(), DeclarationDocument.Line.MAX_PART_NUMBER);
            }
        }
        return v.list();
    }

    private static void name(Violations v, String party, Party p) {
        if (p != null) {
            max(v, party + ".name", p.name(), NAME);
        }
    }

    private static void max(Violations v, String field, String text, int limit) {
        if (text != null && text.length() > limit) {
            v.add(field, "TOO_LONG", "At most " + limit + " characters, got " + text.length());
        }
    }
}
