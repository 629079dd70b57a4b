package io.jointclear.audit.chain;

/**
 * The result of recomputing the chain.
 *
 * @param valid               every sealed entry matches its hash and no position is missing
 * @param entries             sealed entries examined
 * @param firstBrokenPosition the first position that is missing or does not match, else null
 * @param reason              what is wrong there, else null
 * @param pending             entries not yet sealed (their transactions are still young)
 * @param headHash            hex hash of the last sealed entry: publish it elsewhere to detect a
 *                            rewrite of the whole chain or the removal of its last entries
 */
public record ChainVerification(boolean valid, long entries, Long firstBrokenPosition, String reason, long pending,
                                String headHash) {
}
