package io.jointclear.reference.geo;

import io.jointclear.reference.CodeLists;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reference data")
class PortPairController {

    private final CodeLists codeLists;

    PortPairController(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    @GetMapping("/api/v1/reference/port-pairs")
    @Operation(summary = "US–Mexico land-port pairs where joint crossings happen")
    List<CodeLists.PortPair> portPairs() {
        return codeLists.portPairs();
    }
}
