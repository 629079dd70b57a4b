package io.jointclear.risk;

import java.util.OptionalDouble;

/**
 * Another module's compliance score of a party (importer/exporter by tax id, 0–100, higher is better), read by
 * selectivity as a feature. Optional: without an implementation selectivity behaves as without scores.
 */
public interface PartyScores {

    /** The party's latest score; empty when it has none (too little history, or never scored). */
    OptionalDouble scoreOf(String partyTaxId);
}
