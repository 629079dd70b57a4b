package io.jointclear.courier.web;

import io.jointclear.courier.filing.IrregularityRates;
import io.jointclear.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Irregularity rates of courier companies, for officials and analysts (confidential targeting). */
@RestController
class CourierIrregularityController {

    private final IrregularityRates rates;

    CourierIrregularityController(IrregularityRates rates) {
        this.rates = rates;
    }

    @GetMapping(path = "/api/v1/courier/irregularities", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Per-courier irregularity rates over manifests dated from–to (default: the last 30 days)")
    IrregularityRates.Report irregularities(Actor actor, @RequestParam(required = false) String from,
                                            @RequestParam(required = false) String to) {
        return rates.report(actor, from, to);
    }
}
