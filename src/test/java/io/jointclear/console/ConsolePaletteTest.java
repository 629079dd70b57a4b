package io.jointclear.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.console.analyst.Palette;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** WCAG 2.2 AA contrast of the console palette: text 4.5:1, UI components and chart colours 3:1. */
class ConsolePaletteTest {

    private static final Path CSS = Path.of("src/main/resources/static/console/assets/console.css");

    @Test
    void textColoursHaveEnoughContrast() throws IOException {
        Map<String, String> v = variables();
        assertThat(contrast(v.get("--fg"), v.get("--bg"))).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(v.get("--fg"), v.get("--surface"))).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(v.get("--muted"), v.get("--bg"))).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(v.get("--muted"), v.get("--surface"))).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(v.get("--accent"), v.get("--bg"))).as("links").isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(v.get("--accent"), v.get("--surface"))).as("links in the header").isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(v.get("--accent-fg"), v.get("--accent"))).as("primary buttons").isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(v.get("--ok-fg"), v.get("--ok-bg"))).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(v.get("--error-fg"), v.get("--error-bg"))).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(v.get("--error-fg"), v.get("--bg"))).as("field errors").isGreaterThanOrEqualTo(4.5);
        assertThat(contrast("#ffffff", v.get("--green"))).as("green lane badge").isGreaterThanOrEqualTo(4.5);
        assertThat(contrast("#ffffff", v.get("--red"))).as("red lane badge").isGreaterThanOrEqualTo(4.5);
        assertThat(contrast("#ffffff", v.get("--yellow"))).as("yellow lane badge").isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void componentsAndChartsAreVisible() throws IOException {
        Map<String, String> v = variables();
        assertThat(contrast(v.get("--border"), v.get("--bg"))).as("input borders").isGreaterThanOrEqualTo(3);
        assertThat(contrast(v.get("--focus"), v.get("--bg"))).as("focus ring").isGreaterThanOrEqualTo(3);
        for (String colour : Palette.SERIES) {
            assertThat(contrast(colour, "#ffffff")).as("chart colour " + colour).isGreaterThanOrEqualTo(3);
        }
    }

    private static Map<String, String> variables() throws IOException {
        Matcher m = Pattern.compile("(--[a-z-]+):\\s*(#[0-9a-fA-F]{6})").matcher(Files.readString(CSS));
        Map<String, String> out = new HashMap<>();
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
        double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
        double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int c) {
        double s = c / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
