package app.candor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.app.Wiring;
import app.candor.followup.Services;
import app.candor.mail.Mails;
import app.candor.platform.Keyring;
import app.candor.platform.PasswordStore;
import app.candor.sample.DemoData;
import app.candor.store.TestClock;
import app.candor.ui.common.TaskExecutor;
import app.candor.ui.settings.MailViewModel;
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
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Syncing from Settings against a real IMAP server: the password is asked once a session, kept in the system's
 * keyring when the person says so (a real Secret Service), and asked again when the server refuses a kept one.
 */
class MailSyncViewModelTest {

    @RegisterExtension
    static final GreenMailExtension SERVER = new GreenMailExtension(ServerSetupTest.IMAPS.dynamicPort());

    @TempDir
    Path dir;
    final Clock clock = TestClock.at("2026-11-23");
    final List<String> asked = new ArrayList<>();
    GreenMailUser sam;

    @BeforeEach
    void setUp() throws Exception {
        sam = SERVER.setUser("sam@candor.example", "sam", "s3cret");
        sam.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(
                Mails.from("priya.raman@northwind.example").to("sam@candor.example").id("<s1@northwind>")
                        .subject("Re: Analytics rollout", "UTF-8").at("2026-11-22T10:00:00Z")
                        .text("The pilot is a go.", "UTF-8", "7bit").bytes())));
    }

    private Services open(Optional<PasswordStore> keeper) {
        var parts = Wiring.assemble(dir.resolve("candor.db"), dir, clock, Locale.UK);
        if (!parts.database().holdsData()) {
            new DemoData(parts.database(), parts.prospects(), parts.deals(), parts.interactions(), parts.settings(), clock).fill();
        }
        return Wiring.services(parts, dir, keeper);
    }

    private MailViewModel screen(Services services, String password, boolean keep) {
        MailViewModel mail = new MailViewModel(services.mail(), services.prospects(), TaskExecutor.currentThread(),
                Runnable::run, c -> { });
        mail.hostProperty().set("127.0.0.1");
        mail.portProperty().set(String.valueOf(SERVER.getImaps().getPort()));
        mail.userProperty().set("sam");
        mail.foldersProperty().set("INBOX");
        mail.trustHostProperty().set(true);
        mail.setPasswordAsker((why, keeper) -> {
            asked.add(why == null ? "asked" : why);
            return Optional.of(new MailViewModel.PasswordAnswer(password.toCharArray(), keep));
        });
        return mail;
    }

    @Test
    void withoutAKeyringThePasswordIsAskedOnceASession() {
        try (Services services = open(Optional.empty())) {
            MailViewModel mail = screen(services, "s3cret", true);
            mail.sync();
            assertThat(mail.statusProperty().get()).startsWith("Logged 1 of 1 message");
            mail.sync();
            assertThat(mail.statusProperty().get()).startsWith("Logged 0 of 0 messages");
            assertThat(asked).containsExactly("asked");
        }
        try (Services nextSession = open(Optional.empty())) {
            screen(nextSession, "s3cret", true).sync();
            assertThat(asked).as("a new session asks again").containsExactly("asked", "asked");
        }
    }

    @Test
    void aPasswordKeptInTheKeyringIsUsedInLaterSessionsUntilTheServerRefusesIt() throws Exception {
        try (Keyring keyring = Keyring.start(dir.resolve("k"))) {
            Optional<PasswordStore> keeper = PasswordStore.forThisSystem("Linux", keyring.env());
            try (Services services = open(keeper)) {
                screen(services, "s3cret", true).sync();
            }
            try (Services later = open(keeper)) {
                MailViewModel mail = screen(later, "unused", true);
                mail.sync();
                assertThat(mail.statusProperty().get()).startsWith("Logged 0 of 0 messages");
                assertThat(asked).as("kept in the keyring: asked only the first time").containsExactly("asked");

                sam.setPassword("n3w-Passw0rd");
                MailViewModel again = screen(later, "n3w-Passw0rd", false);
                // The session remembers the old password: the server refuses it, so it is asked for with a reason.
                again.sync();
                assertThat(asked).hasSize(2);
                assertThat(asked.get(1)).contains("refused the password kept for this mailbox");
                assertThat(again.statusProperty().get()).startsWith("Logged 0 of 0 messages");
            }
            try (Services third = open(keeper)) {
                screen(third, "n3w-Passw0rd", false).sync();
                assertThat(asked).as("the refused one was forgotten and the new one not kept").hasSize(3);
            }
        }
    }
}
