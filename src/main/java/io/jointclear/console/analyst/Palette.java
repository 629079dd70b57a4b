package io.jointclear.console.analyst;

import java.util.List;

/**
 * Chart colours: a colour-blind-safe qualitative palette (Okabe–Ito) darkened where needed so that
 * every colour keeps at least 3:1 contrast against the white page (WCAG 2.2 non-text contrast).
 */
public final class Palette {

    public static final String BLUE = "#0066a8";
    public static final String ORANGE = "#b35900";
    public static final String GREEN = "#007a55";
    public static final String RED = "#b3261e";
    public static final String PURPLE = "#8a3f7a";
    public static final String SKY = "#2a7ab8";
    public static final String YELLOW = "#8a6d00";
    public static final String GREY = "#5c6670";

    public static final List<String> SERIES = List.of(BLUE, ORANGE, GREEN, PURPLE, SKY, YELLOW, RED, GREY);

    private Palette() {
    }

    public static String lane(String lane) {
        return "RED".equals(lane) ? RED : "GREEN".equals(lane) ? GREEN : "YELLOW".equals(lane) ? YELLOW : GREY;
    }
}
