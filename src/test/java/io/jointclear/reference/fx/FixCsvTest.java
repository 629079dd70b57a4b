package io.jointclear.reference.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FixCsvTest {

    @Test
    void readsRowsKeepingTheScale() {
        assertThat(FixCsv.read(csv("date,mxn_per_usd_fix\n2024-09-11,19.839\n2024-09-12,19.5887\n\n")))
                .containsExactly(
                        new Fix(LocalDate.parse("2024-09-11"), new BigDecimal("19.839")),
                        new Fix(LocalDate.parse("2024-09-12"), new BigDecimal("19.5887")));
    }

    @Test
    void readsTheShippedFile() {
        FixSeries series = FixSeries.fromCsv(ShippedFixData.open());
        assertThat(series.size()).isEqualTo(8556);
        assertThat(ShippedFixData.rows().getFirst()).isEqualTo(new Fix(LocalDate.parse("1991-11-12"), new BigDecimal("3.0735")));
        assertThat(ShippedFixData.rows().getLast()).isEqualTo(new Fix(LocalDate.parse("2025-11-25"), new BigDecimal("18.4308")));
    }

    @Test
    void rejectsAWrongHeader() {
        assertThatIllegalArgumentException().isThrownBy(() -> FixCsv.read(csv("date,rate\n2024-09-11,19.839\n")))
                .withMessageContaining("date,mxn_per_usd_fix");
    }

    @Test
    void namesTheLineOfAMalformedRow() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FixCsv.read(csv("date,mxn_per_usd_fix\n2024-09-11,19.839\n2024-09-12,n/a\n")))
                .withMessageContaining("line 3");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FixCsv.read(csv("date,mxn_per_usd_fix\n2024-09-31,19.839\n")))
                .withMessageContaining("line 2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FixCsv.read(csv("date,mxn_per_usd_fix\n2024-09-11,0\n")))
                .withMessageContaining("line 2");
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
