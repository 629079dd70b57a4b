package io.jointclear.reference.loading;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reference data")
class DatasetController {

    private final DatasetRegistry registry;

    DatasetController(DatasetRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/api/v1/reference/datasets")
    @Operation(summary = "Loaded reference datasets: checksum, rows, source, load time and notes (e.g. unparseable rate texts)")
    List<DatasetRegistry.DatasetStatus> datasets() {
        return registry.all();
    }
}
