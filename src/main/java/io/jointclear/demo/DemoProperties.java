package io.jointclear.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code jointclear.demo.*}: how much demo traffic the simulator makes.
 *
 * @param enabled           set false to start the demo profile without simulated traffic
 * @param backfillDays      days of history filed at start-up (in the background), today included
 * @param crossingsPerDay   joint operations per day over all port pairs (backfill and live)
 * @param southboundShare   share of southbound (US → MX) crossings
 * @param irregularShare    share of crossings whose two declarations disagree (quantity or value)
 * @param holdShare         share of inspected crossings an authority holds
 * @param seizureShare      share of inspected irregular crossings that end in a seizure
 * @param undecidedMinutes  crossings left to the human officers (a fifth of arrivals) stay this long in their queue
 *                          before the simulated officers act
 * @param liveIntervalSeconds mean seconds between live filings in an average hour (shorter in the afternoon peak,
 *                          longer at night)
 * @param warmupMinutes     at start-up, live traffic of this many past minutes is run first, so the border opens
 *                          with work in progress at every stage
 * @param seed              random seed; the same seed and day give the same traffic
 */
@ConfigurationProperties("jointclear.demo")
public record DemoProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("14") int backfillDays,
        @DefaultValue("240") int crossingsPerDay,
        @DefaultValue("0.3") double southboundShare,
        @DefaultValue("0.08") double irregularShare,
        @DefaultValue("0.25") double holdShare,
        @DefaultValue("0.1") double seizureShare,
        @DefaultValue("90") int undecidedMinutes,
        @DefaultValue("12") double liveIntervalSeconds,
        @DefaultValue("150") int warmupMinutes,
        @DefaultValue("20261126") long seed) {
}
