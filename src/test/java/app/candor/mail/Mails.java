package app.candor.mail;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/** Real MIME messages for the tests, written by Jakarta Mail as a mail program would. */
public final class Mails {

    private static final Session SESSION = Session.getInstance(new Properties());

    private final MimeMessage m = new MimeMessage(SESSION) {
        @Override
        protected void updateMessageID() throws jakarta.mail.MessagingException {
            if (getHeader("Message-ID") == null) {
                super.updateMessageID();
            }
        }
    };

    private Mails() {
    }

    public static Mails from(String from) throws Exception {
        Mails mail = new Mails();
        mail.m.setFrom(new InternetAddress(from));
        return mail;
    }

    public Mails to(String... to) throws Exception {
        for (String t : to) {
            m.addRecipient(Message.RecipientType.TO, new InternetAddress(t));
        }
        return this;
    }

    public Mails cc(String cc) throws Exception {
        m.addRecipient(Message.RecipientType.CC, new InternetAddress(cc));
        return this;
    }

    public Mails id(String id) throws Exception {
        m.setHeader("Message-ID", id);
        return this;
    }

    public Mails header(String name, String value) throws Exception {
        m.setHeader(name, value);
        return this;
    }

    public Mails subject(String subject, String charset) throws Exception {
        m.setSubject(subject, charset);
        return this;
    }

    public Mails at(String instant) throws Exception {
        m.setSentDate(Date.from(Instant.parse(instant)));
        return this;
    }

    /** A text/plain body in {@code charset} with the given transfer encoding (quoted-printable or base64). */
    public Mails text(String body, String charset, String encoding) throws Exception {
        m.setText(body, charset);
        m.setHeader("Content-Transfer-Encoding", encoding);
        return this;
    }

    public Mails html(String html) throws Exception {
        m.setContent(html, "text/html; charset=UTF-8");
        return this;
    }

    /** multipart/alternative: plain text and HTML. */
    public Mails alternative(String plain, String html, String charset) throws Exception {
        MimeMultipart alt = new MimeMultipart("alternative");
        MimeBodyPart p = new MimeBodyPart();
        p.setText(plain, charset);
        p.setHeader("Content-Transfer-Encoding", "base64");
        MimeBodyPart h = new MimeBodyPart();
        h.setContent(html, "text/html; charset=UTF-8");
        alt.addBodyPart(p);
        alt.addBodyPart(h);
        m.setContent(alt);
        return this;
    }

    /** A delivery failure report for {@code failed}. */
    public Mails bounceFor(String failed) throws Exception {
        MimeMultipart report = new MimeMultipart("report; report-type=delivery-status");
        MimeBodyPart human = new MimeBodyPart();
        human.setText("Your message could not be delivered.", "UTF-8");
        MimeBodyPart status = new MimeBodyPart();
        status.setContent("Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; " + failed
                + "\nAction: failed\nStatus: 5.1.1\n", "message/delivery-status");
        report.addBodyPart(human);
        report.addBodyPart(status);
        m.setContent(report);
        return this;
    }

    public byte[] bytes() throws Exception {
        m.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toByteArray();
    }
}
