package app.candor.mail;

import app.candor.text.Catalogue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Mail files as Candor reads them, one message at a time so memory does not grow with the mailbox: an {@code .eml}
 * file (one message), an mbox file (Thunderbird, a Gmail export: messages separated by "From " lines), or a
 * Maildir folder (its {@code cur} and {@code new} files). Links are not followed; a message larger than
 * {@link #MAX_MESSAGE_BYTES} is skipped, named as too large.
 */
public final class MailSources {

    /** Larger messages are skipped: Candor keeps a summary, and a summary never needs this much. */
    public static final int MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

    /** One raw message and where it came from ("inbox.mbox, message 12"). */
    public record Raw(String where, byte[] bytes, boolean tooLarge) {
    }

    /** What to do with each message read. */
    public interface Visitor {
        void visit(Raw raw) throws IOException;
    }

    private MailSources() {
    }

    /** Reads every message in {@code path} (a file or a Maildir folder) and hands each to {@code visitor}. */
    public static void read(Path path, Visitor visitor) throws IOException, MailException {
        Catalogue words = Catalogue.personal();
        if (Files.isSymbolicLink(path)) {
            throw new MailException(words.text("mail.source.link", path));
        }
        if (Files.isDirectory(path)) {
            if (!Files.isDirectory(path.resolve("cur")) && !Files.isDirectory(path.resolve("new"))) {
                throw new MailException(words.text("mail.source.notMaildir", path));
            }
            for (String sub : List.of("cur", "new")) {
                Path folder = path.resolve(sub);
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                List<Path> files = new ArrayList<>();
                try (Stream<Path> s = Files.list(folder)) {
                    s.filter(Files::isRegularFile).filter(f -> !Files.isSymbolicLink(f)).sorted().forEach(files::add);
                }
                for (Path f : files) {
                    visitor.visit(whole(f, sub + "/" + f.getFileName()));
                }
            }
            return;
        }
        if (!Files.isRegularFile(path)) {
            throw new MailException(words.text("mail.source.none", path));
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".eml") || !startsAsMbox(path)) {
            visitor.visit(whole(path, path.getFileName().toString()));
            return;
        }
        mbox(path, visitor);
    }

    private static Raw whole(Path file, String where) throws IOException {
        if (Files.size(file) > MAX_MESSAGE_BYTES) {
            return new Raw(where, new byte[0], true);
        }
        return new Raw(where, Files.readAllBytes(file), false);
    }

    private static boolean startsAsMbox(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(5);
            return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals("From ");
        }
    }

    /** An mbox: a message starts at a "From " line (at the start, or after a blank line); ">From " is unescaped. */
    private static void mbox(Path file, Visitor visitor) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Lines lines = new Lines(in);
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            boolean tooLarge = false;
            boolean previousBlank = true;
            int count = 0;
            String fileName = file.getFileName().toString();
            byte[] line;
            while ((line = lines.next()) != null) {
                boolean separator = previousBlank && startsWith(line, "From ");
                if (separator) {
                    if (count > 0) {
                        visitor.visit(new Raw(fileName + ", message " + count, tooLarge ? new byte[0] : message.toByteArray(),
                                tooLarge));
                    }
                    count++;
                    message.reset();
                    tooLarge = false;
                    previousBlank = false;
                    continue;
                }
                previousBlank = line.length == 0 || line.length == 1 && line[0] == '\r';
                if (tooLarge) {
                    continue;
                }
                int from = startsWithQuotedFrom(line) ? 1 : 0;
                if (message.size() + line.length > MAX_MESSAGE_BYTES) {
                    tooLarge = true;
                    message.reset();
                    continue;
                }
                message.write(line, from, line.length - from);
                message.write('\n');
            }
            if (count > 0) {
                visitor.visit(new Raw(fileName + ", message " + count, tooLarge ? new byte[0] : message.toByteArray(),
                        tooLarge));
            }
        }
    }

    private static boolean startsWith(byte[] line, String prefix) {
        if (line.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (line[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** ">From ", ">>From ": one ">" was added when the mbox was written. */
    private static boolean startsWithQuotedFrom(byte[] line) {
        int i = 0;
        while (i < line.length && line[i] == '>') {
            i++;
        }
        return i > 0 && line.length - i >= 5 && line[i] == 'F' && line[i + 1] == 'r' && line[i + 2] == 'o'
                && line[i + 3] == 'm' && line[i + 4] == ' ';
    }

    /**
     * Lines of a file as bytes, each without its "\n"; lines longer than 1 MB are cut (a message stays bounded).
     * Scans its own buffer: reading byte by byte through a buffered stream cost a fifth of a large import.
     */
    private static final class Lines {
        private static final int MAX_LINE = 1 << 20;
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int pos;
        private int limit;
        private final ByteArrayOutputStream longLine = new ByteArrayOutputStream(256);

        Lines(InputStream in) {
            this.in = in;
        }

        /** The next line, or null at the end. */
        byte[] next() throws IOException {
            longLine.reset();
            boolean any = false;
            while (true) {
                if (pos == limit) {
                    limit = in.read(buffer, 0, buffer.length);
                    pos = 0;
                    if (limit <= 0) {
                        limit = 0;
                        return any ? longLine.toByteArray() : null;
                    }
                }
                any = true;
                int end = pos;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                int room = MAX_LINE - longLine.size();
                if (end < limit && longLine.size() == 0) {
                    byte[] line = java.util.Arrays.copyOfRange(buffer, pos, pos + Math.min(end - pos, MAX_LINE));
                    pos = end + 1;
                    return line;
                }
                longLine.write(buffer, pos, Math.max(0, Math.min(end - pos, room)));
                if (end < limit) {
                    pos = end + 1;
                    return longLine.toByteArray();
                }
                pos = limit;
            }
        }
    }
}
