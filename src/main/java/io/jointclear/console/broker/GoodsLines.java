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

    /** How many goods lines the form's parameters name: one more than the highest {@code lines[i]} index, 0 if none. */
    static int linesNamed(java.util.Collection<String> parameterNames) {
        long highest = -1;
        for (String name : parameterNames) {
            if (!name.startsWith("lines[")) {
                continue;
            }
            int close = name.indexOf(']');
            String digits = close < 0 ? "" : name.substring("lines[".length(), close);
            // an index too long for a number is far beyond the cap
            highest = Math.max(highest, digits.length() > 9 ? Integer.MAX_VALUE - 1
                    : digits.chars().allMatch(Character::isDigit) && !digits.isEmpty() ? Long.parseLong(digits) : -1);
        }
        return (int) (highest + 1);
    }

    private static int index(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
