package io.jointclear.clearance.internal;

import io.jointclear.clearance.CrossingEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Operations metrics of clearance (docs/operations.md): filings committed ({@code jointclear.filings},
 * a counter: filings per second is its rate), declarations per filing, and lanes selected per authority
 * and lane. Counted once committed: a rolled-back filing is not a filing. Outcomes only, never scores.
 */
@Component
class FilingMetrics {

    private final MeterRegistry meters;
    private final Counter filings;
    private final DistributionSummary declarations;

    FilingMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.filings = Counter.builder("jointclear.filings").description("Crossings filed (committed)").register(meters);
        this.declarations = DistributionSummary.builder("jointclear.filing.declarations")
                .description("Declarations per filed crossing").publishPercentileHistogram(false).register(meters);
    }

    /** Called in the filing transaction for each crossing it writes. */
    void filed(List<?> crossingDeclarations) {
        int size = crossingDeclarations.size();
        afterCommit(() -> {
            filings.increment();
            declarations.record(size);
        });
    }

    /** A plain listener, not a transactional one: that would cost an outbox row per selection. */
    @EventListener
    void on(CrossingEvents.LanesSelected selected) {
        afterCommit(() -> selected.lanes().forEach((authority, lane) -> meters.counter("jointclear.selections",
                "authority", authority.name(), "lane", lane.name()).increment()));
    }

    private static void afterCommit(Runnable count) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }
}
