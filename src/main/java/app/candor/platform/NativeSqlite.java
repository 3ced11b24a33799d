package app.candor.platform;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps one copy of SQLite's native library in a folder of Candor's own and points the driver at it. By itself
 * the driver copies the library out of the jar into the temporary folder on every start, compares it byte by
 * byte and lists the whole temporary folder for stale copies: 90–150 ms of every start, on the thread that opens
 * the database (docs/PERFORMANCE.md). The copy is named after the library's checksum in the jar, so a new driver
 * version gets a new copy, and is written whole or not at all (temporary file, then an atomic rename).
 */
public final class NativeSqlite {

    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    /** The copy this class pointed the driver at, or null. */
    private static Path chosen;

    private NativeSqlite() {
    }

    /**
     * Points the driver at the copy in {@code folder}, making it first if needed. Does nothing when the library
     * location was already chosen (by an earlier call or by the user), and leaves the driver to its own way on
     * any problem.
     */
    public static synchronized void useCopyIn(Path folder) {
        if (chosen != null ? Files.isRegularFile(chosen) : System.getProperty(PATH_PROPERTY) != null) {
            // Kept while the copy exists; one made in a folder deleted since (a test's) is made again.
            return;
        }
        try {
            String libName = LibraryLoaderUtil.getNativeLibName();
            URL url = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + libName);
            if (url == null) {
                return;
            }
            URLConnection connection = url.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return;
            }
            JarEntry entry = jar.getJarEntry();
            if (entry.getCrc() < 0 || entry.getSize() < 0) {
                return;
            }
            String name = String.format("sqlite-%08x-%s", entry.getCrc(), libName);
            Path copy = folder.resolve(name);
            if (!Files.isRegularFile(copy) || Files.size(copy) != entry.getSize()) {
                Files.createDirectories(folder);
                Path temp = Files.createTempFile(folder, name, ".part");
                try (InputStream in = connection.getInputStream()) {
                    Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(temp, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
            System.setProperty("org.sqlite.tmpdir", folder.toString());
            System.setProperty(NAME_PROPERTY, name);
            System.setProperty(PATH_PROPERTY, folder.toString());
            chosen = copy;
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(NativeSqlite.class).debug("Leaving SQLite's library to the driver", e);
        }
    }
}
