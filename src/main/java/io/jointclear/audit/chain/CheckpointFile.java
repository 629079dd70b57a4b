package io.jointclear.audit.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The checkpoints appended to a file outside the database, one line each, each write forced to disk.
 * A line is appended only after its row has been committed, so every complete line has a row in
 * {@code audit.checkpoint} unless someone removed it. A last line without its newline is a write
 * cut short by a crash and is ignored.
 */
public final class CheckpointFile {

    private final Path path;

    CheckpointFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    synchronized void append(Checkpoint checkpoint) {
        try {
            boolean created = !Files.exists(path);
            if (created) {
                Files.createDirectories(path.getParent());
                createOwnerOnly();
            }
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ByteBuffer line = ByteBuffer.wrap(checkpoint.fileLine().getBytes(StandardCharsets.US_ASCII));
                while (line.hasRemaining()) {
                    channel.write(line);
                }
                channel.force(true);
            }
            if (created) {
                sync(path.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit checkpoint file " + path, e);
        }
    }

    /** The lines read: checkpoints, and the numbers (1-based) of lines that are not checkpoints. */
    public record Contents(List<Checkpoint> checkpoints, List<Integer> unreadableLines) {
    }

    synchronized Contents read() {
        if (!Files.exists(path)) {
            return new Contents(List.of(), List.of());
        }
        try {
            String text = Files.readString(path, StandardCharsets.US_ASCII);
            int complete = text.lastIndexOf('\n') + 1;
            List<Checkpoint> checkpoints = new ArrayList<>();
            List<Integer> unreadable = new ArrayList<>();
            String[] lines = text.substring(0, complete).split("\n", -1);
            for (int i = 0; i < lines.length - 1; i++) {
                try {
                    checkpoints.add(Checkpoint.parse(lines[i]));
                } catch (IllegalArgumentException e) {
                    unreadable.add(i + 1);
                }
            }
            return new Contents(checkpoints, unreadable);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit checkpoint file " + path, e);
        }
    }

    boolean holdsCheckpoints() {
        return !read().checkpoints().isEmpty();
    }

    private void createOwnerOnly() throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(path);
        }
    }

    /** Forces a file, or a directory's entries (so a new file's name survives a crash), to disk. */
    static void sync(Path fileOrDirectory) throws IOException {
        try (FileChannel channel = FileChannel.open(fileOrDirectory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
