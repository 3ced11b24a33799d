package app.candor.platform;

import app.candor.text.Catalogue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * How Candor writes files a person owns: owner-only from the moment they exist, never through a symbolic link
 * at the target, written whole under a temporary name, flushed to disk and then renamed into place, so a crash or
 * a full disk leaves the old file or the new one, never half of one.
 */
public final class SafeFiles {

    /** Something that writes a file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private SafeFiles() {
    }

    /** Writes {@code target} whole or not at all; refuses a symbolic link at the target. */
    public static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath();
        refuseLink(file);
        Path folder = file.getParent();
        Path temp = temporary(folder, "." + file.getFileName() + "-", ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream raw = java.nio.channels.Channels.newOutputStream(channel);
                // Writers that close what they write to (CSV, JSON) must not close the file before it is synced.
                OutputStream out = new java.io.BufferedOutputStream(new java.io.FilterOutputStream(raw) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        raw.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                }, 1 << 16) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, file);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Writes text as UTF-8, whole or not at all. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** An empty owner-only file in {@code folder} (0600 from its creation on POSIX). */
    public static Path temporary(Path folder, String prefix, String suffix) throws IOException {
        // Files.createTempFile gives rw------- on POSIX; the attribute makes that explicit.
        return POSIX ? Files.createTempFile(folder, prefix, suffix,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(folder, prefix, suffix);
    }

    /** Renames a finished temporary file over {@code target} atomically, then makes the rename durable. */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        refuseLink(target);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        syncFolder(target.toAbsolutePath().getParent());
    }

    /** Flushes a file's content to disk. */
    public static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Flushes a folder's entries (a rename or a new file) to disk, where the platform allows it. */
    public static void syncFolder(Path folder) {
        if (!POSIX) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems refuse to open folders for syncing; the rename itself has happened.
        }
    }

    /** Creates a folder (and its parents) owner-only (0700) if it is missing; an existing folder is left as it is. */
    public static Path folder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null && !Files.exists(parent)) {
            Files.createDirectories(parent);
        }
        if (POSIX) {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(folder);
        }
        return folder;
    }

    /** Creates Candor's own folder (data, backups, logs) or tightens it to owner-only (0700). */
    public static Path privateFolder(Path folder) throws IOException {
        folder(folder);
        if (POSIX && !Files.isSymbolicLink(folder)) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
        return folder;
    }

    /** Makes an existing file owner-only (0600). */
    public static void ownerOnly(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** What went wrong with a file, in a sentence without Java's class names. */
    public static String describe(IOException e) {
        Catalogue words = Catalogue.personal();
        String what = e.getMessage() == null ? words.text("file.aFile") : e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return words.text("file.none", what);
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return words.text("file.denied", what);
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return words.text("file.inTheWay", what);
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return words.text("file.notFolder", what);
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return words.text("file.encoding");
        }
        String m = plain(e);
        return m.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + m.substring(1);
    }

    /** Whether a failure means the disk (or the user's quota) is full, or refused to write. */
    public static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("sqlite_full") || m.contains("sqlite_ioerr_write") || m.contains("no space left")
                    || m.contains("disk is full") || m.contains("database or disk is full") || m.contains("quota exceeded")) {
                return true;
            }
        }
        return false;
    }

    /** A failure's message without Java's class names. */
    public static String plain(Throwable e) {
        Catalogue words = Catalogue.personal();
        if (diskFull(e) || String.valueOf(e.getMessage()).contains("File too large")) {
            return words.text("file.full");
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return words.text("file.inTheWay.lower", e.getMessage());
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return words.text("file.deniedWrite", e.getMessage());
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return words.text("file.missing", e.getMessage());
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? words.text("file.noReason") : m;
    }

    private static void refuseLink(Path target) throws IOException {
        if (Files.isSymbolicLink(target) || (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS))) {
            throw new IOException(target + " is a link or not a regular file; Candor writes only plain files it"
                    + " owns. Choose another file name.");
        }
    }
}
