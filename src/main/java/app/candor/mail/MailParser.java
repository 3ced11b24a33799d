package app.candor.mail;

import app.candor.text.Catalogue;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one message (RFC 5322 with MIME: multipart, quoted-printable, base64, any charset, RFC 2047 encoded
 * headers) into what Candor keeps of it. A message is treated as hostile: its size is bounded by the reader, its
 * text is only summarised, and nothing in it is followed, opened or fetched.
 */
public final class MailParser {

    /** Bodies larger than this are not read for a summary (the headers still count). */
    static final int MAX_TEXT_BYTES = 256 * 1024;

    private static final Session SESSION;

    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // Jakarta Mail looks its stream provider up with a ServiceLoader scan of the class path for every header
        // block it reads (each message and each part) unless this names it: a third of a large import's time.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
        Properties p = new Properties();
        p.setProperty("mail.mime.address.strict", "false");
        p.setProperty("mail.mime.decodetext.strict", "false");
        SESSION = Session.getInstance(p);
    }

    private static final Pattern AUTO_SUBJECT = Pattern.compile("(?i)^\\s*(out of (the )?office|automatic reply|"
            + "auto(matic)?[- ]?(reply|response|antwort)|abwesenheit|absence|r[ée]ponse automatique|away from|"
            + "on vacation|on leave|autoreply|auto:|undeliverable|delivery status notification|"
            + "mail delivery (failed|failure|subsystem)|returned mail|failure notice)");
    private static final Pattern FINAL_RECIPIENT = Pattern.compile("(?im)^\\s*(final|original)-recipient:\\s*"
            + "(rfc822;)?\\s*<?([^>\\s]+@[^>\\s]+)>?");

    private MailParser() {
    }

    public static MailMessage parse(byte[] raw) throws MailException {
        try (InputStream in = new ByteArrayInputStream(raw)) {
            return parse(new MimeMessage(SESSION, in));
        } catch (IOException | MessagingException e) {
            throw new MailException(Catalogue.personal().text("mail.unreadable", e.getMessage()), e);
        }
    }

    public static MailMessage parse(MimeMessage m) throws MailException {
        try {
            String from = first(m.getFrom());
            List<String> to = new ArrayList<>();
            addAll(to, safeRecipients(m, Message.RecipientType.TO));
            addAll(to, safeRecipients(m, Message.RecipientType.CC));
            java.util.Date date = m.getSentDate();
            Instant sentAt = date == null ? null : date.toInstant();
            String subject = subject(m);
            String messageId = clean(m.getMessageID());
            String key = messageId.isEmpty() ? digest(from, sentAt, subject) : messageId;
            String thread = threadKey(m, key);
            MailKind kind = kind(m, from, subject);
            String failed = null;
            String text = "";
            if (kind == MailKind.BOUNCE) {
                failed = failedAddress(m);
            } else {
                text = MailText.newText(text(m));
            }
            return new MailMessage(key, thread, from, to, sentAt, subject, MailText.summary(subject, text), kind, failed);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new MailException(Catalogue.personal().text("mail.unreadable", e.getMessage()), e);
        }
    }

    private static Address[] safeRecipients(MimeMessage m, Message.RecipientType type) {
        try {
            return m.getRecipients(type);
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String subject(MimeMessage m) throws MessagingException {
        String raw = m.getHeader("Subject", null);
        if (raw == null) {
            return "";
        }
        try {
            return visible(MimeUtility.decodeText(MimeUtility.unfold(raw)));
        } catch (java.io.UnsupportedEncodingException e) {
            return visible(raw);
        }
    }

    /** Control characters out, runs of white space one space: a header is one line. */
    static String visible(String s) {
        return s.replaceAll("[\\p{Cntrl}\\p{Cf}&&[^\\t]]", "").replaceAll("\\s+", " ").strip();
    }

    private static String clean(String id) {
        return id == null ? "" : visible(id);
    }

    private static String threadKey(MimeMessage m, String key) throws MessagingException {
        String refs = m.getHeader("References", " ");
        if (refs != null) {
            Matcher first = Pattern.compile("<[^>]+>").matcher(refs);
            if (first.find()) {
                return first.group();
            }
        }
        String inReplyTo = m.getHeader("In-Reply-To", " ");
        if (inReplyTo != null && !inReplyTo.isBlank()) {
            return visible(inReplyTo);
        }
        return key;
    }

    private static MailKind kind(MimeMessage m, String from, String subject) throws MessagingException {
        String local = from.contains("@") ? from.substring(0, from.indexOf('@')) : from;
        String returnPath = m.getHeader("Return-Path", " ");
        boolean report = m.isMimeType("multipart/report");
        if (report || local.equals("mailer-daemon") || local.equals("postmaster")
                || returnPath != null && returnPath.replaceAll("\\s", "").equals("<>") && subjectSaysBounce(subject)) {
            return MailKind.BOUNCE;
        }
        String auto = header(m, "Auto-Submitted");
        if (!auto.isEmpty() && !auto.equals("no") || !header(m, "X-Autoreply").isEmpty()
                || !header(m, "X-Autorespond").isEmpty() || !header(m, "X-Auto-Response-Suppress").isEmpty()
                && AUTO_SUBJECT.matcher(subject).find()) {
            return MailKind.AUTO_REPLY;
        }
        String precedence = header(m, "Precedence");
        if (precedence.equals("auto_reply")) {
            return MailKind.AUTO_REPLY;
        }
        if (!header(m, "List-Id").isEmpty() || !header(m, "List-Unsubscribe").isEmpty()
                || precedence.equals("bulk") || precedence.equals("list") || precedence.equals("junk")) {
            return MailKind.LIST;
        }
        if (AUTO_SUBJECT.matcher(subject).find()) {
            return subjectSaysBounce(subject) ? MailKind.BOUNCE : MailKind.AUTO_REPLY;
        }
        return MailKind.PERSONAL;
    }

    private static boolean subjectSaysBounce(String subject) {
        return subject.toLowerCase(Locale.ROOT).matches(".*(undeliver|delivery status|delivery (failed|failure)"
                + "|returned mail|failure notice|mail delivery).*");
    }

    private static String header(MimeMessage m, String name) throws MessagingException {
        String v = m.getHeader(name, ",");
        return v == null ? "" : v.strip().toLowerCase(Locale.ROOT);
    }

    private static String failedAddress(MimeMessage m) throws MessagingException, IOException {
        String failed = m.getHeader("X-Failed-Recipients", ",");
        if (failed != null && failed.contains("@")) {
            return failed.split(",")[0].strip().toLowerCase(Locale.ROOT);
        }
        Matcher r = FINAL_RECIPIENT.matcher(allText(m, 0));
        return r.find() ? r.group(3).toLowerCase(Locale.ROOT) : null;
    }

    /** Every text part, for finding a bounce's recipient. */
    private static String allText(Part p, int depth) throws MessagingException, IOException {
        if (depth > 8) {
            return "";
        }
        if (p.isMimeType("multipart/*") && p.getContent() instanceof Multipart mp) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < mp.getCount(); i++) {
                out.append(allText(mp.getBodyPart(i), depth + 1)).append('\n');
            }
            return out.toString();
        }
        if (p.isMimeType("text/*") || p.isMimeType("message/delivery-status")) {
            return bounded(p);
        }
        return "";
    }

    /** The plain text of the message: its text/plain part, else its HTML turned into text. */
    static String text(Part p) throws MessagingException, IOException {
        String plain = find(p, "text/plain", 0);
        if (plain != null) {
            return plain;
        }
        String html = find(p, "text/html", 0);
        return html == null ? "" : MailText.fromHtml(html);
    }

    private static String find(Part p, String type, int depth) throws MessagingException, IOException {
        if (depth > 8 || Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
            return null;
        }
        if (p.isMimeType(type)) {
            return bounded(p);
        }
        if (p.isMimeType("multipart/*") && p.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart part = mp.getBodyPart(i);
                String found = find(part, type, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A text part, decoded in its charset, read no further than {@link #MAX_TEXT_BYTES}. */
    private static String bounded(Part p) throws MessagingException, IOException {
        String charset = "UTF-8";
        try {
            String c = new jakarta.mail.internet.ContentType(p.getContentType()).getParameter("charset");
            if (c != null && java.nio.charset.Charset.isSupported(MimeUtility.javaCharset(c))) {
                charset = MimeUtility.javaCharset(c);
            }
        } catch (MessagingException | RuntimeException ignored) {
            // an unreadable Content-Type: read it as UTF-8
        }
        try (InputStream in = p.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_TEXT_BYTES);
            return new String(bytes, charset);
        }
    }

    private static String first(Address[] addresses) {
        List<String> out = new ArrayList<>();
        addAll(out, addresses);
        return out.isEmpty() ? "" : out.get(0);
    }

    private static void addAll(List<String> out, Address[] addresses) {
        if (addresses == null) {
            return;
        }
        for (Address a : addresses) {
            if (a instanceof InternetAddress ia && ia.getAddress() != null && ia.getAddress().contains("@")) {
                out.add(ia.getAddress().strip().toLowerCase(Locale.ROOT));
            }
        }
    }

    private static String digest(String from, Instant sentAt, String subject) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] d = sha.digest((from + "\n" + sentAt + "\n" + subject).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
