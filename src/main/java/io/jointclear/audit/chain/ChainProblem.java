package io.jointclear.audit.chain;

/**
 * What verification found wrong, in the order it prefers when two findings fall on the same position.
 */
public enum ChainProblem {
    /** A position is missing: an entry was deleted from the middle of the chain. */
    MISSING_ENTRY,
    /** An entry does not match its keyed hash: it, its hash or one before it was altered. */
    HASH_MISMATCH,
    /** An entry was sealed with a key this server does not hold. */
    UNKNOWN_KEY,
    /** The chain ends before the position a checkpoint covers: its newest entries were deleted. */
    TRUNCATED_AFTER_CHECKPOINT,
    /** The entry at a checkpoint's position has another hash than the one signed then. */
    CHECKPOINT_MISMATCH,
    /** A checkpoint (table or file) whose signature does not verify with the key: forged or altered. */
    CHECKPOINT_SIGNATURE_INVALID,
    /** A checkpoint of the file has no row in the table: the table was cut back. */
    CHECKPOINT_MISSING_FROM_DATABASE,
    /** A line of the checkpoint file is not a checkpoint. */
    CHECKPOINT_FILE_UNREADABLE
}
