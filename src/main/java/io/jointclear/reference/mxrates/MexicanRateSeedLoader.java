package io.jointclear.reference.mxrates;

import io.jointclear.reference.loading.DatasetLoader;
import java.io.IOException;
import java.sql.Connection;
import java.util.Map;
import java.util.List;
import io.jointclear.reference.loading.StagingCopy;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The curated seed of Mexican IGI/IGE rates, each row with its legal source, stored through the same
 * import as administrators' files (so it obeys the same rules and never replaces imported rows).
 */
@Component
@Order(60)
class MexicanRateSeedLoader implements DatasetLoader {

    static final String FILE = "reference-data/mx-rates/mx_tariff_rates_seed.csv";

    private final MexicanRateImport rateImport;

    MexicanRateSeedLoader(@Lazy MexicanRateImport rateImport) {
        this.rateImport = rateImport;
    }

    @Override
    public String name() {
        return "mx-tariff-rates-seed";
    }

    @Override
    public List<String> resources() {
        return List.of(FILE);
    }

    @Override
    public String source() {
        return "JointClear curated seed of LIGIE rates (see reference-data/mx-rates/SOURCE.md)";
    }

    @Override
    public LoadResult load(Connection connection) throws IOException {
        try (var reader = StagingCopy.open(FILE)) {
            MexicanRateImport.Result result = rateImport.importCsv(reader, "seed");
            if (result.rejected() > 0) {
                throw new IllegalStateException("the shipped rate seed has rejected rows: " + result.rejections());
            }
            return new LoadResult(result.stored() + result.unchanged(), Map.of("stored", result.stored(), "unchanged", result.unchanged()));
        }
    }
}
