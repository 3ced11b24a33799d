package app.candor.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An mbox is cut into its messages exactly, whatever the line lengths and wherever the read buffer ends. */
class MailSourcesTest {

    @TempDir
    Path dir;

    private List<MailSources.Raw> read(String mbox) throws Exception {
        Path file = Files.write(dir.resolve("in.mbox"), mbox.getBytes(StandardCharsets.ISO_8859_1));
        List<MailSources.Raw> out = new ArrayList<>();
        MailSources.read(file, out::add);
        return out;
    }

    private static String text(MailSources.Raw raw) {
        return new String(raw.bytes(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void messagesAreSplitAtFromLinesAndQuotedFromLinesAreUnescaped() throws Exception {
        List<MailSources.Raw> messages = read("From a@x Mon Nov 23 10:00:00 2026\nSubject: one\n\n>From the start\nbody\n\n"
                + "From b@x Mon Nov 23 11:00:00 2026\nSubject: two\n\nintro\nFrom here on, not after a blank line\nend");
        assertThat(messages).hasSize(2);
        assertThat(text(messages.get(0))).isEqualTo("Subject: one\n\nFrom the start\nbody\n\n");
        assertThat(text(messages.get(1))).as("a last line without a newline is kept")
                .isEqualTo("Subject: two\n\nintro\nFrom here on, not after a blank line\nend\n");
        assertThat(messages.get(1).where()).isEqualTo("in.mbox, message 2");
    }

    @Test
    void linesAcrossTheReadBufferAndLongerThanItArriveWhole() throws Exception {
        StringBuilder mbox = new StringBuilder();
        List<String> bodies = new ArrayList<>();
        // Lengths chosen to end lines just before, at and after each 64 KiB boundary, and one line of 200 KiB.
        int[] lengths = {65_500, 35, 1, 0, 65_536, 200_000, 7};
        for (int i = 0; i < lengths.length; i++) {
            String body = String.valueOf((char) ('a' + i)).repeat(lengths[i]);
            bodies.add(body);
            mbox.append("From - Mon Nov 23 10:00:00 2026\nSubject: ").append(i).append("\n\n").append(body).append("\n\n");
        }
        List<MailSources.Raw> messages = read(mbox.toString());
        assertThat(messages).hasSize(lengths.length);
        for (int i = 0; i < lengths.length; i++) {
            assertThat(text(messages.get(i))).isEqualTo("Subject: " + i + "\n\n" + bodies.get(i) + "\n\n");
        }
    }

    @Test
    void aLineLongerThanOneMegabyteIsCutAndTheNextMessageStillFound() throws Exception {
        String huge = "x".repeat((1 << 20) + 5_000);
        List<MailSources.Raw> messages = read("From - Mon Nov 23 10:00:00 2026\nSubject: big\n\n" + huge + "\n\n"
                + "From - Mon Nov 23 10:00:00 2026\nSubject: small\n\nhello\n");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).bytes().length).isEqualTo("Subject: big\n\n".length() + (1 << 20) + 2);
        assertThat(text(messages.get(1))).isEqualTo("Subject: small\n\nhello\n");
    }
}
