package app.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.mail.Mails;
import app.candor.store.TestClock;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code candor mail sync} against a real IMAP server over TLS (GreenMail, in-process): the mailbox is set up once,
 * the password is read for the session only, a second sync reads only what is new, and a wrong password is said
 * in words.
 */
class MailSyncCliTest {

    @RegisterExtension
    static final GreenMailExtension SERVER = new GreenMailExtension(ServerSetupTest.IMAPS.dynamicPort());

    @TempDir
    Path dir;
    final Clock clock = TestClock.at("2026-11-23");
    String db;
    GreenMailUser sam;

    CliRunner.Result run(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db));
        all.addAll(List.of(args));
        return new CliRunner(dir, clock).runWithInput(stdin, all.toArray(String[]::new));
    }

    @BeforeEach
    void setUp() {
        db = dir.resolve("demo.db").toString();
        assertThat(run("", "demo").exitCode()).isZero();
        sam = SERVER.setUser("sam@candor.example", "sam", "s3cret");
    }

    private void deliver(byte[] raw) throws Exception {
        sam.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
    }

    @Test
    void aFirstSyncSetsTheMailboxUpAndLaterOnesReadOnlyWhatIsNew() throws Exception {
        deliver(Mails.from("priya.raman@northwind.example").to("sam@candor.example").id("<i1@northwind>")
                .subject("Re: Analytics rollout", "UTF-8").at("2026-11-22T10:00:00Z")
                .text("The pilot is a go.", "UTF-8", "7bit").bytes());
        deliver(Mails.from("news@vendor.example").to("sam@candor.example").id("<i2@vendor>")
                .header("List-Id", "<news.vendor.example>").subject("News", "UTF-8").at("2026-11-22T11:00:00Z")
                .text("News.", "UTF-8", "7bit").bytes());
        String port = String.valueOf(SERVER.getImaps().getPort());

        CliRunner.Result first = run("s3cret\n", "mail", "sync", "--host", "127.0.0.1", "--port", port, "--user", "sam",
                "--folder", "INBOX", "--me", "sam@candor.example", "--trust-host", "--password-stdin");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Logged 1 of 2 messages").contains("Priya Raman replied: \"Re: Analytics rollout\"")
                .contains("mailing-list mail");
        assertThat(first.out() + first.err()).doesNotContain("s3cret");

        CliRunner.Result nothingNew = run("s3cret\n", "mail", "sync", "--password-stdin");
        assertThat(nothingNew.exitCode()).as(nothingNew.err()).isZero();
        assertThat(nothingNew.out()).startsWith("Logged 0 of 0 messages");

        deliver(Mails.from("m.bell@bellweather.example").to("sam@candor.example").id("<i3@bellweather>")
                .subject("Licences", "UTF-8").at("2026-11-22T12:00:00Z").text("Forty it is.", "UTF-8", "7bit").bytes());
        CliRunner.Result one = run("s3cret\n", "mail", "sync", "--password-stdin");
        assertThat(one.out()).startsWith("Logged 1 of 1 message;").contains("Marcus Bell replied: \"Licences\"");
    }

    @Test
    void aWrongPasswordIsSaidInWordsAndNothingIsLogged() {
        String port = String.valueOf(SERVER.getImaps().getPort());
        CliRunner.Result r = run("wrong\n", "mail", "sync", "--host", "127.0.0.1", "--port", port, "--user", "sam",
                "--trust-host", "--password-stdin");
        assertThat(r.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(r.err()).contains("refused the user name or password").doesNotContain("Exception");
    }

    @Test
    void aPasswordKeptInTheSystemKeyringIsUsedUntilTheServerRefusesIt() throws Exception {
        try (app.candor.platform.Keyring keyring = app.candor.platform.Keyring.start(dir.resolve("k"))) {
            CliRunner cli = new CliRunner(dir, clock, keyring.env());
            String port = String.valueOf(SERVER.getImaps().getPort());
            CliRunner.Result first = cli.runWithInput("s3cret\n", "--db", db, "mail", "sync", "--host", "127.0.0.1",
                    "--port", port, "--user", "sam", "--folder", "INBOX", "--trust-host", "--password-stdin", "--remember");
            assertThat(first.exitCode()).as(first.err()).isZero();

            CliRunner.Result kept = cli.runWithInput("", "--db", db, "mail", "sync");
            assertThat(kept.exitCode()).as("no password given: the kept one is used. " + kept.err()).isZero();
            assertThat(kept.out()).startsWith("Logged 0 of 0 messages");
            CliRunner.Result elsewhere = run("", "mail", "sync");
            assertThat(elsewhere.exitCode()).as("without the keyring it is asked for").isEqualTo(Cli.FAILED);
            assertThat(elsewhere.err()).contains("No password was given");

            sam.setPassword("n3w-Passw0rd");
            CliRunner.Result refused = cli.runWithInput("", "--db", db, "mail", "sync");
            assertThat(refused.exitCode()).isEqualTo(Cli.FAILED);
            assertThat(refused.err()).contains("The password kept in the system keyring was refused and has been forgotten");
            CliRunner.Result asked = cli.runWithInput("n3w-Passw0rd\n", "--db", db, "mail", "sync");
            assertThat(asked.exitCode()).as("forgotten, so read from stdin again. " + asked.err()).isZero();

            assertThat(cli.runWithInput("", "--db", db, "mail", "forget-password").out()).startsWith("Forgot the password");
            assertThat(new String(java.nio.file.Files.readAllBytes(Path.of(db)), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .doesNotContain("s3cret").doesNotContain("n3w-Passw0rd");
        }
    }
}
