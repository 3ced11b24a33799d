package app.candor.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database and its backups are owner-only; the INFO log of a full flow holds no email or note text. */
class PrivacyTest {

    @TempDir
    Path home;

    @Test
    void filesAreOwnerOnlyAndTheLogHoldsNoEmailsOrNotes() throws Exception {
        Path db = home.resolve("candor").resolve("candor.db");
        for (String[] args : List.of(new String[] {"demo"}, new String[] {"alerts"}, new String[] {"scripts"},
                new String[] {"script", "ok-to-say-no", "--deal", "1"}, new String[] {"export"},
                new String[] {"backup"})) {
            String[] full = Stream.concat(Stream.of("--db", db.toString()), Stream.of(args)).toArray(String[]::new);
            Process p = Processes.java(home, false, "app.candor.app.Main", full);
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(String.join(" ", args)).isZero();
        }
        assertThat(permissions(db)).isEqualTo("rw-------");
        try (Stream<Path> backups = Files.list(db.resolveSibling("backups"))) {
            assertThat(backups.toList()).isNotEmpty().allSatisfy(b -> assertThat(permissions(b)).isEqualTo("rw-------"));
        }
        Path log = home.resolve("candor").resolve("logs").resolve("candor.log");
        assertThat(permissions(log)).isEqualTo("rw-------");
        for (Path folder : List.of(db.getParent(), db.resolveSibling("backups"), log.getParent())) {
            assertThat(permissions(folder)).as(folder.toString()).isEqualTo("rwx------");
        }
        String text = Files.readString(log);
        assertThat(text).contains("INFO").contains("Opened database");
        assertThat(text).doesNotContainPattern("[\\w.+-]+@[\\w-]+\\.[\\w.]+")
                .doesNotContain("Met at the Leeds ops meetup")
                .doesNotContain("Walked through the rollout plan")
                .doesNotContain("Priya");
    }

    @Test
    void filesCandorWritesAreOwnerOnlyAndNeverWrittenThroughALink() throws Exception {
        Path db = home.resolve("candor.db");
        Path victim = Files.writeString(home.resolve("victim.txt"), "someone else's file");
        Path link = Files.createSymbolicLink(home.resolve("export.json"), victim);
        for (String[] args : List.of(new String[] {"demo"}, new String[] {"export", "--out", home.resolve("e.json").toString()},
                new String[] {"export", "--format", "csv", "--out", home.resolve("e.csv").toString()},
                new String[] {"calendar", "--out", home.resolve("c.ics").toString()})) {
            String[] full = Stream.concat(Stream.of("--db", db.toString()), Stream.of(args)).toArray(String[]::new);
            Process p = Processes.java(home, false, "app.candor.app.Main", full);
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(String.join(" ", args)).isZero();
        }
        for (String name : List.of("e.json", "e.csv", "c.ics")) {
            assertThat(permissions(home.resolve(name))).as(name).isEqualTo("rw-------");
        }
        Process p = Processes.java(home, false, "app.candor.app.Main", "--db", db.toString(), "export", "--out",
                link.toString());
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(Files.readString(victim)).isEqualTo("someone else's file");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    private static String permissions(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
