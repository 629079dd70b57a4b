package io.jointclear.reference.mxrates;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringReader;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reference data")
class MexicanRateController {

    private final MexicanRateImport rateImport;

    MexicanRateController(MexicanRateImport rateImport) {
        this.rateImport = rateImport;
    }

    @PutMapping(path = "/api/v1/reference/tariff/MX/rates", consumes = "text/csv")
    @Operation(summary = "Import Mexican IGI/IGE rates (admin)",
            description = "CSV columns fraccion,igi,ige,valid_from,valid_to,source: 8-digit fracción, rates in percent "
                    + "or Ex., ISO dates, empty valid_to = open, the legal source of each row. Idempotent. Good rows are "
                    + "stored, bad rows are reported with the line, column and rule; an open-ended rate is closed the "
                    + "day before a new period starts.")
    MexicanRateImport.Result importRates(@RequestBody String csv) {
        return rateImport.importCsv(new StringReader(csv), "import");
    }
}
