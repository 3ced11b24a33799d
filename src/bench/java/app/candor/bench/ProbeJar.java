package app.candor.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * The probes' classes in a jar of their own, put on the class path beside Candor's jar. A class archive
 * ({@code -XX:SharedArchiveFile}) is only written and used when every class path entry is a jar, as in the product.
 */
final class ProbeJar {

    private static final List<Class<?>> PROBES = List.of(WindowProbe.class, BareWindowProbe.class);

    private ProbeJar() {
    }

    /** Writes the jar, with every nested class of the probes, and returns its path. */
    static Path write(Path jar) throws IOException {
        Path classes;
        try {
            classes = Path.of(WindowProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Class<?> probe : PROBES) {
                String folder = probe.getPackageName().replace('.', '/');
                try (var files = Files.list(classes.resolve(folder))) {
                    for (Path f : files.filter(f -> isPartOf(f, probe)).sorted().toList()) {
                        out.putNextEntry(new JarEntry(folder + "/" + f.getFileName()));
                        Files.copy(f, out);
                        out.closeEntry();
                    }
                }
            }
        }
        return jar;
    }

    private static boolean isPartOf(Path file, Class<?> probe) {
        String name = file.getFileName().toString();
        return name.equals(probe.getSimpleName() + ".class") || name.startsWith(probe.getSimpleName() + "$");
    }
}
