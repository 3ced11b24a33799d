package app.candor.io;

import app.candor.domain.Refused;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a text file a person brings in without ever turning bytes into U+FFFD silently: UTF-8 (a byte-order mark
 * skipped) when the file is valid UTF-8; Windows-1252, said so, when it is not but reads as that (Excel's "CSV"
 * files); otherwise refused with the line of the first bad byte. Reads the file in fixed-size blocks.
 */
final class TextFiles {

    /** A file opened for reading, with a note when it was not read as UTF-8. */
    record Opened(BufferedReader reader, Charset charset, String note) {
    }

    /** Bytes that Windows-1252 leaves undefined: a file holding them is not Windows-1252 text either. */
    private static final byte[] UNDEFINED_IN_1252 = {(byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D};
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextFiles() {
    }

    static Opened open(Path file) throws IOException {
        long badLine = firstLineNotUtf8(file);
        if (badLine < 0) {
            BufferedReader reader = reader(file, StandardCharsets.UTF_8);
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return new Opened(reader, StandardCharsets.UTF_8, null);
        }
        if (readsAs1252(file)) {
            return new Opened(reader(file, WINDOWS_1252), WINDOWS_1252, file.getFileName() + " is not UTF-8 (line "
                    + badLine + " is the first that is not), so it was read as Windows-1252, as Excel saves CSV files."
                    + " Check accented letters below; save it as \"CSV UTF-8\" if they look wrong.");
        }
        throw Refused.because("refused.file.encoding", badLine, file.getFileName());
    }

    private static BufferedReader reader(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
    }

    /** The 1-based line of the first byte that is not UTF-8, or -1 when the whole file is UTF-8. */
    static long firstLineNotUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        long line = 1;
        try (InputStream stream = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                if (n < 0) {
                    end = true;
                } else {
                    in.position(in.position() + n);
                }
                in.flip();
                while (true) {
                    CoderResult result = decoder.decode(in, out, end);
                    line += newlines(out);
                    if (result.isError()) {
                        return line;
                    }
                    if (result.isUnderflow()) {
                        break;
                    }
                }
                in.compact();
            }
            out.clear();
            CoderResult result = decoder.flush(out);
            return result.isError() ? line : -1;
        }
    }

    private static long newlines(CharBuffer out) {
        out.flip();
        long count = 0;
        while (out.hasRemaining()) {
            if (out.get() == '\n') {
                count++;
            }
        }
        out.clear();
        return count;
    }

    private static boolean readsAs1252(Path file) throws IOException {
        byte[] block = new byte[1 << 16];
        try (InputStream stream = Files.newInputStream(file)) {
            for (int n; (n = stream.read(block)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    for (byte undefined : UNDEFINED_IN_1252) {
                        if (block[i] == undefined) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }
}
