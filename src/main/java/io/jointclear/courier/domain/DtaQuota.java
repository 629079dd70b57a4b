package io.jointclear.courier.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The DTA fixed quota (LFD art. 49 fr. IV, IGI-exempt goods) an exempt courier consignment pays, MXN,
 * by calendar year as tabulated in BRIEF §5 (Anexo 19 RMF): 408 (2023), 425 (2024), 425.44 (2025, the
 * courier article's figure; to confirm against Anexo 19 before go-live). Fixed amounts are re-indexed
 * only past 10 % cumulative inflation (CFF art. 17-A), so the 2025 amount governs until a new one is loaded.
 */
public final class DtaQuota {

    /** Earliest date with a tabulated quota; manifests before it cannot be assessed. */
    public static final LocalDate FIRST_DATE = LocalDate.of(2023, 1, 1);
    public static final String LEGAL_BASIS = "LFD art. 49 fr. IV (DTA fixed quota, IGI-exempt goods)";

    private DtaQuota() {
    }

    /** The quota in MXN for {@code date}. */
    public static BigDecimal on(LocalDate date) {
        if (date.isBefore(FIRST_DATE)) {
            throw new IllegalArgumentException("no DTA quota tabulated before " + FIRST_DATE);
        }
        if (date.getYear() == 2023) {
            return new BigDecimal("408.00");
        }
        if (date.getYear() == 2024) {
            return new BigDecimal("425.00");
        }
        return new BigDecimal("425.44");
    }
}
