package io.jointclear.console.broker;

import java.util.ArrayList;
import java.util.List;

/**
 * Adding and removing goods lines on the form. The buttons submit the form (so it works without
 * JavaScript; htmx swaps only the lines): {@code add} appends an empty line, {@code remove:i} removes
 * line i. The form always keeps one line and at most {@link CrossingForm#MAX_LINES}.
 */
final class GoodsLines {

    static final String ADD = "add";
    static final String REMOVE = "remove:";

    private GoodsLines() {
    }

    static CrossingForm apply(CrossingForm form, String action) {
        List<CrossingForm.GoodsLine> lines = new ArrayList<>(form.getLines());
        if (ADD.equals(action) && lines.size() < CrossingForm.MAX_LINES) {
            lines.add(new CrossingForm.GoodsLine());
        } else if (action.startsWith(REMOVE)) {
            int index = index(action.substring(REMOVE.length()));
            if (index >= 0 && index < lines.size() && lines.size() > 1) {
                lines.remove(index);
            }
        }
        if (lines.isEmpty()) {
            lines.add(new CrossingForm.GoodsLine());
        }
        form.setLines(lines);
        return form;
    }

    private static int index(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
