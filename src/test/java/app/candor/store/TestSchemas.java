package app.candor.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Empty databases at each released schema version, for tests outside the store package. */
public final class TestSchemas {
    private TestSchemas() {
    }

    public static int latestVersion() {
        return Migrator.latestVersion();
    }

    /** Creates {@code file} with the schema as it was at {@code version}. */
    public static void writeVersion(Path file, int version) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrator.upTo(file, version).migrate(c);
        }
    }
}
