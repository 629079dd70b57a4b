package io.jointclear.reference.fx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The FIX file shipped in {@code src/main/resources}, loaded once for all tests. */
final class ShippedFixData {

    static final String RESOURCE = "/reference-data/fx/banxico_fix_usd_mxn_daily.csv";

    private static final List<Fix> ROWS = read();
    private static final FixSeries SERIES = FixSeries.of(ROWS);

    private ShippedFixData() {
    }

    /** The rows in file order (ascending determination date). */
    static List<Fix> rows() {
        return ROWS;
    }

    static FixSeries series() {
        return SERIES;
    }

    static InputStream open() {
        InputStream in = ShippedFixData.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the test classpath");
        }
        return in;
    }

    private static List<Fix> read() {
        try (InputStream in = open()) {
            return FixCsv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
