package io.jointclear.audit.chain;

/**
 * The result of recomputing the chain and checking it against every checkpoint.
 *
 * @param valid                every sealed entry matches its keyed hash, no position is missing, and
 *                             every checkpoint (table and file) is genuine and matches the chain
 * @param entries              sealed entries examined
 * @param firstBrokenPosition  the first position that is missing, does not match, or lies past the
 *                             chain's end while a checkpoint covers it; else null
 * @param reason               what is wrong there, for people; else null
 * @param pending              entries not yet sealed (their transactions are still young)
 * @param headHash             hex hash of the last sealed entry
 * @param code                 what is wrong, as a {@link ChainProblem} name; else null
 * @param firstBrokenEntryId   id of the entry at {@code firstBrokenPosition} when there is one
 * @param verifiedEntries      entries verified before the first problem (all of them when valid)
 * @param checkpoints          checkpoint rows in the database
 * @param fileCheckpoints      checkpoints in the checkpoint file
 * @param lastCheckpoint       the highest position a genuine checkpoint covers, else null
 * @param checkpointsNotInFile genuine checkpoint rows missing from this server's file: normal after a
 *                             crash between commit and file write, or when another instance wrote them
 * @param keyId                id of the key this server verifies with
 */
public record ChainVerification(boolean valid, long entries, Long firstBrokenPosition, String reason, long pending,
                                String headHash, String code, Long firstBrokenEntryId, long verifiedEntries,
                                long checkpoints, long fileCheckpoints, Long lastCheckpoint, long checkpointsNotInFile,
                                String keyId) {
}
