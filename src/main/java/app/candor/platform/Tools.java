package app.candor.platform;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the system's own tools (the password stores' command-line clients): found on the PATH of the environment
 * given, run with that environment, fed through standard input and read from standard output as bytes, so that a
 * password is never a command-line argument nor a Java string longer than needed.
 */
final class Tools {

    /** Unlocking a keyring may show the system's own prompt: the person gets time to answer it. */
    static final long TIMEOUT_SECONDS = 120;

    private Tools() {
    }

    /** What a tool printed and how it ended. */
    record Result(int exit, byte[] out, String err) {
        boolean ok() {
            return exit == 0;
        }
    }

    /** The executable called {@code name} on the PATH of {@code env}, if there is one. */
    static Optional<Path> find(String name, Map<String, String> env) {
        String path = env.getOrDefault("PATH", env.getOrDefault("Path", ""));
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Runs {@code command} with {@code env} (and nothing else of this process's environment), {@code input} on stdin. */
    static Result run(List<String> command, Map<String, String> env, byte[] input) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        try {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread errors = new Thread(() -> copy(process.getErrorStream(), err), "candor-tool-stderr");
            errors.setDaemon(true);
            errors.start();
            try (OutputStream in = process.getOutputStream()) {
                if (input != null) {
                    in.write(input);
                }
            } catch (IOException ended) {
                // The tool ended before reading its input: its exit status and complaint say why.
            }
            byte[] out;
            try (InputStream stdout = process.getInputStream()) {
                out = stdout.readNBytes(1 << 16);
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not answer within " + TIMEOUT_SECONDS + " s");
            }
            errors.join(TimeUnit.SECONDS.toMillis(5));
            return new Result(process.exitValue(), out, err.toString(StandardCharsets.UTF_8).strip());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + command.get(0) + " ran", e);
        }
    }

    private static void copy(InputStream from, ByteArrayOutputStream to) {
        try (from) {
            from.transferTo(to);
        } catch (IOException ignored) {
            // the tool's complaints are only for the log
        }
    }

    /** Runs a tool with the password's bytes, which are wiped afterwards. */
    @FunctionalInterface
    interface Feed {
        Result run(byte[] secret) throws IOException;
    }

    /** Hands {@code password} (as UTF-8) to a tool through {@code feed}; a failure says why in the tool's words. */
    static void save(String tool, char[] password, Feed feed) throws PasswordStore.PasswordStoreException {
        byte[] secret = utf8(password);
        try {
            Result r = feed.run(secret);
            if (!r.ok()) {
                throw new PasswordStore.PasswordStoreException(r.err().isEmpty() ? tool + " ended with " + r.exit() : r.err());
            }
        } catch (IOException e) {
            throw new PasswordStore.PasswordStoreException(e.getMessage(), e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** {@code password} as UTF-8 bytes, with no String in between. */
    static byte[] utf8(char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] out = Arrays.copyOfRange(bytes.array(), bytes.position(), bytes.limit());
        Arrays.fill(bytes.array(), (byte) 0);
        return out;
    }

    /** UTF-8 {@code bytes} as characters, with no String in between; the bytes are wiped. */
    static char[] chars(byte[] bytes, int length) {
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, length));
        char[] out = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
        Arrays.fill(chars.array(), '\0');
        Arrays.fill(bytes, (byte) 0);
        return out;
    }
}
