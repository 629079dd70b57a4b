package io.jointclear.reference.fx;

import io.jointclear.reference.GoverningExchangeRate;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reference/exchange-rates")
@Tag(name = "Reference data", description = "Tariffs, exchange rates and code lists")
class ExchangeRateController {

    private final ExchangeRateService rates;

    ExchangeRateController(ExchangeRateService rates) {
        this.rates = rates;
    }

    @GetMapping("/{base}/{quote}")
    @Operation(summary = "The exchange rate governing obligations that arise on a date",
            description = "USD/MXN: the Banxico FIX published in the DOF on the latest day before the date "
                    + "(CFF art. 20; LA art. 56), with its determination and publication dates.")
    GoverningExchangeRate governing(@PathVariable String base, @PathVariable String quote,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        requireUsdMxn(base, quote);
        return rates.usdMxn(date);
    }

    @GetMapping("/{base}/{quote}/coverage")
    @Operation(summary = "The dates the loaded exchange-rate series can answer for")
    ExchangeRateService.Coverage coverage(@PathVariable String base, @PathVariable String quote) {
        requireUsdMxn(base, quote);
        return rates.coverage();
    }

    @PutMapping(path = "/{base}/{quote}", consumes = "text/csv")
    @Operation(summary = "Import Banxico FIX rates (admin)",
            description = "CSV with header date,mxn_per_usd_fix (determination dates). Idempotent; a different "
                    + "value for a stored date is rejected; all or nothing.")
    ExchangeRateService.ImportResult importFix(@PathVariable String base, @PathVariable String quote,
                                               @RequestBody String csv) {
        requireUsdMxn(base, quote);
        return rates.importCsv(csv);
    }

    private static void requireUsdMxn(String base, String quote) {
        if (!"USD".equals(base) || !"MXN".equals(quote)) {
            String message = "only USD/MXN rates are kept (Banxico FIX), not " + base + "/" + quote;
            throw new ProblemException(404, "UNSUPPORTED_CURRENCY_PAIR", "Unsupported currency pair", message,
                    List.of(new FieldViolation("base", "UNSUPPORTED_CURRENCY_PAIR", message)));
        }
    }
}
