package io.jointclear.reference.catalogue;

import io.jointclear.reference.TariffCatalogue;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reference data")
class TariffController {

    private final TariffCatalogue catalogue;

    TariffController(TariffCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/v1/reference/tariff/{authority}/{tariffCode}")
    @Operation(summary = "A tariff line with the rates in force on a date",
            description = "authority MX (TIGIE fracción + NICO, with IGI/IGE where loaded) or US (HTSUS statistical "
                    + "number, with general, special by program indicator and column 2 rates).")
    TariffLineView line(@PathVariable String authority, @PathVariable String tariffCode,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Authority which;
        try {
            which = Authority.parse(authority);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "UNKNOWN_AUTHORITY", "Unknown authority", e.getMessage(),
                    List.of(new FieldViolation("authority", "UNKNOWN_AUTHORITY", e.getMessage())));
        }
        try {
            return TariffLineView.of(catalogue.line(which, tariffCode, date), date);
        } catch (ProblemException e) {
            throw e.violations().isEmpty() ? e.atField("tariffCode") : e;
        }
    }
}
