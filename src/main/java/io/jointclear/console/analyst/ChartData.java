package io.jointclear.console.analyst;

import java.util.List;

/**
 * One chart as the page's script draws it (Chart.js) and as its CSV download lists it.
 *
 * @param id      stable id, also the CSV file name
 * @param type    bar, line or doughnut
 * @param title   already translated
 * @param labels  category labels (x axis)
 * @param datasets one series each
 * @param horizontal draw bars horizontally
 * @param dualAxis  datasets with axis "y2" use a right-hand axis (e.g. USD beside MXN)
 * @param percent   values are percentages
 */
public record ChartData(String id, String type, String title, List<String> labels, List<Dataset> datasets,
                        boolean horizontal, boolean dualAxis, boolean percent) {

    public ChartData {
        labels = List.copyOf(labels);
        datasets = List.copyOf(datasets);
    }

    /** @param color fill colour from the console palette; {@code colors} one per label when set (doughnuts) */
    public record Dataset(String label, List<Number> data, String axis, String color, List<String> colors) {
        public Dataset {
            data = List.copyOf(data);
            colors = colors == null ? List.of() : List.copyOf(colors);
        }
    }

    /** Whether there is nothing to draw (no category, or every value zero). */
    public boolean empty() {
        return labels.isEmpty() || datasets.stream().flatMap(d -> d.data().stream())
                .allMatch(n -> n == null || n.doubleValue() == 0);
    }

    /** The chart as CSV: a header of the category column and one column per dataset, one row per label. */
    public String csv(String categoryHeader) {
        StringBuilder out = new StringBuilder(cell(categoryHeader));
        datasets.forEach(d -> out.append(',').append(cell(d.label())));
        out.append("\r\n");
        for (int i = 0; i < labels.size(); i++) {
            out.append(cell(labels.get(i)));
            for (Dataset d : datasets) {
                out.append(',').append(i < d.data().size() && d.data().get(i) != null ? d.data().get(i).toString() : "");
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String cell(String s) {
        String text = s == null ? "" : s;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;   // no formulas when opened in a spreadsheet
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
