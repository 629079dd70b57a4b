package io.jointclear.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the operating system says about a PostgreSQL process. Linux {@code /proc} gives exact
 * answers (a zombie is dead, the working directory of a postmaster is its data directory);
 * elsewhere the JDK's process handles answer more coarsely.
 */
final class PostgresProcesses {

    private static final Path PROC = Path.of("/proc");

    private PostgresProcesses() {
    }

    static boolean isRunning(long pid) {
        Path stat = PROC.resolve(Long.toString(pid)).resolve("stat");
        if (Files.isDirectory(PROC)) {
            try {
                String text = Files.readString(stat);
                char state = text.charAt(text.lastIndexOf(')') + 2);
                return state != 'Z' && state != 'X';
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Whether the process is a postgres whose data directory is this one (not a reused pid). */
    static boolean servesDataDirectory(long pid, Path dataDir) {
        Path proc = PROC.resolve(Long.toString(pid));
        if (Files.isDirectory(proc)) {
            try {
                // The postmaster changes into its data directory at start.
                return executable(pid).map(exe -> exe.getFileName().toString().equals("postgres")).orElse(false)
                        && Files.isSameFile(proc.resolve("cwd").toRealPath(), dataDir.toRealPath());
            } catch (IOException e) {
                return false;
            }
        }
        return ProcessHandle.of(pid).flatMap(p -> p.info().command())
                .map(command -> command.endsWith("postgres")).orElse(false);
    }

    /** The pg_ctl next to the running postgres binary. */
    static Optional<Path> pgCtlOf(long pid) {
        return executable(pid).map(exe -> exe.resolveSibling("pg_ctl")).filter(Files::isExecutable);
    }

    static void awaitExit(long pid, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isRunning(pid) && System.nanoTime() < deadline) {
            StalePostmaster.sleep(50);
        }
    }

    /**
     * Whether processes are still attached to the System V segment named in the lock file (line 7:
     * key and id), which is how PostgreSQL tells that a previous server's backends still run.
     */
    static boolean sharedMemoryInUse(Path dataDir) {
        Path segments = PROC.resolve("sysvipc/shm");
        try {
            List<String> lock = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            if (lock.size() < 7 || !Files.isReadable(segments)) {
                return false;
            }
            String[] keyAndId = lock.get(6).trim().split("\\s+");
            if (keyAndId.length < 2) {
                return false;
            }
            for (String line : Files.readAllLines(segments)) {
                String[] f = line.trim().split("\\s+");
                // key shmid perms size cpid lpid nattch ...
                if (f.length > 6 && f[1].equals(keyAndId[1])) {
                    return !f[6].equals("0");
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Optional<Path> executable(long pid) {
        try {
            return Optional.of(PROC.resolve(Long.toString(pid)).resolve("exe").toRealPath());
        } catch (IOException e) {
            return ProcessHandle.of(pid).flatMap(p -> p.info().command()).map(Path::of);
        }
    }
}
