package io.jointclear.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears what a crash leaves in a data directory so that PostgreSQL starts (and replays its WAL)
 * with no manual step: a postmaster orphaned by a killed JVM is shut down cleanly, a lock file whose
 * process is gone is removed. A directory still held by a live JointClear is never touched.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    /** The embedded library's lock: held by the JVM that runs the server, released by the kernel when it dies. */
    private static final String OWNER_LOCK = "epg-lock";
    private static final String PID_FILE = "postmaster.pid";
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);
    private static final Duration DETACH_WAIT = Duration.ofSeconds(30);

    private StalePostmaster() {
    }

    /** Makes the data directory startable, or throws when another running instance owns it. */
    static void clear(Path dataDir) {
        ensureNoLiveOwner(dataDir);
        Path pidFile = dataDir.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<Long> pid = postmasterPid(dataDir);
        if (pid.isPresent() && PostgresProcesses.isRunning(pid.get())
                && PostgresProcesses.servesDataDirectory(pid.get(), dataDir)) {
            log.warn("An orphaned PostgreSQL (pid {}) still runs on {}, left by a JVM that died; stopping it (fast shutdown)",
                    pid.get(), dataDir);
            stop(pid.get(), dataDir);
        } else {
            log.warn("Removing the stale lock file {} (pid {} no longer runs PostgreSQL on this directory); "
                    + "PostgreSQL recovers from its WAL at start", pidFile, pid.map(String::valueOf).orElse("unreadable"));
        }
        awaitSharedMemoryDetached(dataDir);
        deleteQuietly(pidFile);
    }

    /** The postmaster's pid from its lock file, if the file is there and readable. */
    static Optional<Long> postmasterPid(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve(PID_FILE));
            // A standalone backend writes its pid negated.
            return lines.isEmpty() ? Optional.empty() : Optional.of(Math.abs(Long.parseLong(lines.getFirst().trim())));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void ensureNoLiveOwner(Path dataDir) {
        Path lockFile = dataDir.resolve(OWNER_LOCK);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(dataDir);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the owner lock of " + dataDir, e);
        }
    }

    private static IllegalStateException inUse(Path dataDir) {
        return new IllegalStateException("The data directory " + dataDir
                + " is in use by another running JointClear; stop it or choose another jointclear.data-dir");
    }

    private static void stop(long pid, Path dataDir) {
        Optional<Path> pgCtl = PostgresProcesses.pgCtlOf(pid);
        try {
            if (pgCtl.isPresent()) {
                Process stop = new ProcessBuilder(pgCtl.get().toString(), "stop", "-D", dataDir.toString(),
                        "-m", "fast", "-w", "-t", String.valueOf(STOP_WAIT.toSeconds()))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                stop.waitFor(STOP_WAIT.toSeconds() + 5, TimeUnit.SECONDS);
            }
            ProcessHandle.of(pid).ifPresent(process -> {
                if (process.isAlive()) {
                    // Without pg_ctl: SIGTERM is a smart shutdown, and the dead JVM's sessions are gone.
                    process.destroy();
                }
            });
            PostgresProcesses.awaitExit(pid, STOP_WAIT);
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the orphaned PostgreSQL " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the orphaned PostgreSQL " + pid, e);
        }
        if (PostgresProcesses.isRunning(pid)) {
            throw new IllegalStateException("The orphaned PostgreSQL " + pid + " on " + dataDir + " did not stop within "
                    + STOP_WAIT.toSeconds() + " s; stop it by hand (pg_ctl stop -D " + dataDir + ")");
        }
        log.info("Orphaned PostgreSQL {} stopped", pid);
    }

    /**
     * Backends of a killed postmaster exit on their own within moments; PostgreSQL refuses to start
     * while they still hold its shared memory, so wait for them (bounded).
     */
    private static void awaitSharedMemoryDetached(Path dataDir) {
        long deadline = System.nanoTime() + DETACH_WAIT.toNanos();
        while (PostgresProcesses.sharedMemoryInUse(dataDir) && System.nanoTime() < deadline) {
            sleep(100);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the stale " + file, e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
