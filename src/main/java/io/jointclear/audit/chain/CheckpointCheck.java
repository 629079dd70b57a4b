package io.jointclear.audit.chain;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks the checkpoints of the table and the file against the key and against each other, and
 * collects the head hash each genuine one vouches for, by position, for the walk of the chain.
 */
final class CheckpointCheck {

    /** Position → head hash signed for it, from genuine checkpoints only. */
    final TreeMap<Long, byte[]> signedHeads = new TreeMap<>();
    long notInFile;

    private final AuditKey key;
    private final Findings findings;

    CheckpointCheck(AuditKey key, Findings findings) {
        this.key = key;
        this.findings = findings;
    }

    void check(List<Checkpoint> rows, CheckpointFile.Contents file) {
        Set<String> inTable = new HashSet<>();
        Set<String> inFile = new HashSet<>();
        for (Checkpoint row : rows) {
            if (genuine(row, "checkpoint row")) {
                inTable.add(row.identity());
            }
        }
        for (Checkpoint line : file.checkpoints()) {
            if (genuine(line, "checkpoint in the file")) {
                inFile.add(line.identity());
                if (!inTable.contains(line.identity())) {
                    findings.add(ChainProblem.CHECKPOINT_MISSING_FROM_DATABASE, line.sequence(), null,
                            "the checkpoint of position " + line.sequence() + " signed at " + line.signedAt()
                                    + " is in the checkpoint file but not in the database: checkpoint rows were deleted");
                }
            }
        }
        for (int lineNumber : file.unreadableLines()) {
            findings.add(ChainProblem.CHECKPOINT_FILE_UNREADABLE, null, null,
                    "line " + lineNumber + " of the checkpoint file is not a checkpoint: the file was altered");
        }
        notInFile = inTable.stream().filter(identity -> !inFile.contains(identity)).count();
    }

    private boolean genuine(Checkpoint checkpoint, String where) {
        if (!key.id().equals(checkpoint.keyId())) {
            findings.add(ChainProblem.UNKNOWN_KEY, checkpoint.sequence(), null, "the " + where + " of position "
                    + checkpoint.sequence() + " is signed with key " + checkpoint.keyId() + ", not with this server's key");
            return false;
        }
        if (!key.verifies(checkpoint.signedForm(), checkpoint.signature())) {
            findings.add(ChainProblem.CHECKPOINT_SIGNATURE_INVALID, checkpoint.sequence(), null, "the " + where
                    + " of position " + checkpoint.sequence() + " has an invalid signature: it was forged or altered");
            return false;
        }
        byte[] other = signedHeads.putIfAbsent(checkpoint.sequence(), checkpoint.headHash());
        if (other != null && !Arrays.equals(other, checkpoint.headHash())) {
            findings.add(ChainProblem.CHECKPOINT_MISMATCH, checkpoint.sequence(), null, "two genuine checkpoints of"
                    + " position " + checkpoint.sequence() + " differ: the chain was rewritten by someone holding the key");
        }
        return true;
    }
}
