package io.jointclear.console.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartDataTest {

    @Test
    void csvHasOneColumnPerSeriesAndIsSpreadsheetSafe() {
        ChartData chart = new ChartData("x", "bar", "T", List.of("240/2304", "=cmd", "a,b"),
                List.of(new ChartData.Dataset("México, MXN", List.of(new BigDecimal("1.50"), 2, 3), "y", Palette.GREEN, null),
                        new ChartData.Dataset("USD", List.of(4, 5, 6), "y2", Palette.BLUE, null)),
                false, true, false);
        assertThat(chart.csv("category")).isEqualTo("""
                category,"México, MXN",USD\r
                240/2304,1.50,4\r
                '=cmd,2,5\r
                "a,b",3,6\r
                """);
    }
}
