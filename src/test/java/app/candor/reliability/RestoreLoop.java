package app.candor.reliability;

import app.candor.store.backup.Backups;
import java.nio.file.Path;
import java.time.Clock;

/** Run in its own JVM by {@link RestoreCrashTest}: restores two backups in turn onto one database until killed. */
public final class RestoreLoop {

    private RestoreLoop() {
    }

    public static void main(String[] args) {
        Path target = Path.of(args[0]);
        Path[] backups = {Path.of(args[1]), Path.of(args[2])};
        System.out.println("ready");
        System.out.flush();
        for (int i = 0; ; i++) {
            Backups.restore(backups[i % 2], target, Clock.systemUTC());
            System.out.println(i);
            System.out.flush();
        }
    }
}
