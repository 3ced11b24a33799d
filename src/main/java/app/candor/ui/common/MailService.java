package app.candor.ui.common;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Opens a message in the platform's mail client through a {@code mailto:} link. */
public interface MailService {

    void compose(String to, String subject, String body) throws IOException;

    static String mailto(String to, String subject, String body) {
        return "mailto:" + encode(to).replace("%40", "@") + "?subject=" + encode(subject) + "&body=" + encode(body);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The desktop's mail handler; run it off the FX thread. Where AWT runs headless (Linux, {@code app.Main}) it
     * never opens the display: xdg-open, which also says when no mail program is set up, hands the link over.
     */
    static MailService desktop() {
        return (to, subject, body) -> {
            URI uri = URI.create(mailto(to, subject, body));
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.MAIL)) {
                Desktop.getDesktop().mail(uri);
            } else {
                // xdg-open says "no handler" only by its exit status: wait for it, off the FX thread.
                Process opener = new ProcessBuilder("xdg-open", uri.toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                try {
                    if (opener.waitFor(15, java.util.concurrent.TimeUnit.SECONDS) && opener.exitValue() != 0) {
                        throw new java.io.IOException("no mail program is set up (xdg-open exit " + opener.exitValue()
                                + ")");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.IOException("interrupted while opening the mail program", e);
                }
            }
        };
    }
}
