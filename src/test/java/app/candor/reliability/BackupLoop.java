package app.candor.reliability;

import app.candor.store.backup.Backups;
import app.candor.store.Database;
import java.nio.file.Path;
import java.time.Clock;

/** Run in its own JVM by {@link BackupCrashTest}: backs a database up again and again until killed,
 * or once ({@code once}), printing the plain message when that fails. */
public final class BackupLoop {

    private BackupLoop() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        try (Database open = Database.open(db)) {
            Backups backups = new Backups(Path.of(args[1]), db, Clock.systemUTC());
            if (args.length > 2 && args[2].equals("once")) {
                try {
                    backups.backup(open);
                } catch (app.candor.store.StoreException e) {
                    System.out.println(e.getMessage());
                    System.exit(1);
                }
                return;
            }
            System.out.println("ready");
            System.out.flush();
            while (true) {
                System.out.println(backups.backup(open));
                System.out.flush();
            }
        }
    }
}
