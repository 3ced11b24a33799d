package app.candor.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Times an IMAP sync against a local server (GreenMail over TLS): a first sync of {@code N} messages, then syncs
 * with nothing new, in-process. Run after {@code mvn -B -q test-compile}:
 * {@code java -cp target/bench-classes:target/test-classes:target/classes:$(cat cp.txt) app.candor.mail.MailSyncLab 2000}
 */
public final class MailSyncLab {

    private MailSyncLab() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        GreenMail server = new GreenMail(ServerSetupTest.IMAPS.dynamicPort());
        server.start();
        try {
            var user = server.setUser("sam@candor.example", "sam", "s3cret");
            Session session = Session.getInstance(new Properties());
            for (int i = 0; i < n; i++) {
                byte[] raw = Mails.from("someone" + (i % 500) + "@example.com").to("sam@candor.example")
                        .id("<lab" + i + "@example.com>").subject("Message " + i, "UTF-8").at("2026-11-22T10:00:00Z")
                        .text("Line one of message " + i + ".\n\n> quoted", "UTF-8", "7bit").bytes();
                user.deliver(new MimeMessage(session, new ByteArrayInputStream(raw)));
            }
            Path dir = Files.createTempDirectory("mailsynclab");
            try (var core = app.candor.app.Wiring.openServices(dir.resolve("lab.db"), dir, Clock.systemUTC(), Locale.UK)) {
                var account = new ImapMailbox.Account("127.0.0.1", server.getImaps().getPort(), "sam",
                        List.of("INBOX"), true);
                long t0 = System.nanoTime();
                var first = core.mail().sync(account, "s3cret".toCharArray(), false, Set.of(), (f, d, t) -> { }, () -> false);
                System.out.printf(Locale.ROOT, "first sync: %d messages read in %.2f s%n", first.read(),
                        (System.nanoTime() - t0) / 1e9);
                double[] again = new double[5];
                for (int i = 0; i < again.length; i++) {
                    long t = System.nanoTime();
                    var r = core.mail().sync(account, "s3cret".toCharArray(), false, Set.of(), (f, d, x) -> { }, () -> false);
                    again[i] = (System.nanoTime() - t) / 1e6;
                    if (r.read() != 0) {
                        throw new IllegalStateException("a sync with nothing new read " + r.read());
                    }
                }
                Arrays.sort(again);
                System.out.printf(Locale.ROOT, "sync with nothing new (connect, TLS, login, UIDVALIDITY, search): median"
                        + " %.0f ms, slowest %.0f ms%n", again[again.length / 2], again[again.length - 1]);
            }
        } finally {
            server.stop();
        }
    }
}
