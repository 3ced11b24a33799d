package app.candor.mail;

import app.candor.text.Catalogue;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;

/**
 * A mailbox read over IMAP, opt-in (docs/MAIL.md): TLS always (IMAPS), folders opened read-only, and only what is
 * new since the last sync (by UIDVALIDITY and UID). The password is handed in for the session and never kept.
 */
public final class ImapMailbox implements AutoCloseable {

    /** Where the mailbox is; {@code trustHost} accepts that host's certificate unchecked (a private server's own). */
    public record Account(String host, int port, String user, List<String> folders, boolean trustHost) {
        public Account {
            folders = List.copyOf(folders);
        }

        /** The key its password is kept under in the system's password store. */
        public String passwordKey() {
            return "imap://" + user + "@" + host.toLowerCase(java.util.Locale.ROOT) + ":" + port;
        }

        /** A key for remembering how far a folder was read. */
        public String positionKey(String folder) {
            return user + "@" + host + ":" + port + "/" + folder;
        }
    }

    /** How far a folder was read: its UIDVALIDITY and the highest UID read. */
    public record Position(long uidValidity, long lastUid) {
        public static final Position START = new Position(-1, 0);

        public static Position parse(String text) {
            if (text == null || !text.matches("-?\\d+:\\d+")) {
                return START;
            }
            String[] p = text.split(":");
            return new Position(Long.parseLong(p[0]), Long.parseLong(p[1]));
        }

        @Override
        public String toString() {
            return uidValidity + ":" + lastUid;
        }
    }

    /** What is done with each new message, and where a batch ends (the position to remember with it). */
    public interface Receiver {
        void message(String where, MailMessage message);

        void unreadable(String where, String why);

        /** After each batch: the position up to which everything was handed over. */
        void batchDone(Position position, int done, int total);
    }

    static final int BATCH = 200;
    /** Messages up to this size are fetched whole with their batch. */
    static final int SMALL = 256 * 1024;

    private final Store store;

    private ImapMailbox(Store store) {
        this.store = store;
    }

    public static ImapMailbox connect(Account account, char[] password) throws MailException {
        Properties p = new Properties();
        p.setProperty("mail.store.protocol", "imaps");
        p.setProperty("mail.imaps.connectiontimeout", "15000");
        p.setProperty("mail.imaps.timeout", "60000");
        p.setProperty("mail.imaps.ssl.checkserveridentity", account.trustHost() ? "false" : "true");
        if (account.trustHost()) {
            p.setProperty("mail.imaps.ssl.trust", account.host());
        }
        p.setProperty("mail.imaps.partialfetch", "true");
        Session session = Session.getInstance(p);
        Catalogue words = Catalogue.personal();
        try {
            Store store = session.getStore("imaps");
            store.connect(account.host(), account.port(), account.user(), new String(password));
            return new ImapMailbox(store);
        } catch (AuthenticationFailedException e) {
            throw new MailException(words.text("mail.imap.login", account.user(), account.host()), e);
        } catch (MessagingException e) {
            throw new MailException(words.text("mail.imap.connect", account.host(), account.port(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    /** The folders to read when none is named: the inbox and the folder the server marks as Sent. */
    public List<String> defaultFolders() throws MailException {
        List<String> out = new ArrayList<>(List.of("INBOX"));
        try {
            for (Folder f : store.getDefaultFolder().list("*")) {
                if (f instanceof org.eclipse.angus.mail.imap.IMAPFolder imap) {
                    for (String attribute : imap.getAttributes()) {
                        if (attribute.equalsIgnoreCase("\\Sent") && !out.contains(f.getFullName())) {
                            out.add(f.getFullName());
                        }
                    }
                }
            }
            if (out.size() == 1) {
                for (String name : List.of("Sent", "Sent Items", "Sent Messages", "[Gmail]/Sent Mail")) {
                    if (store.getFolder(name).exists()) {
                        out.add(name);
                        break;
                    }
                }
            }
            return out;
        } catch (MessagingException e) {
            throw new MailException(Catalogue.personal().text("mail.imap.folders", e.getMessage()), e);
        }
    }

    /** Hands every message newer than {@code from} in {@code folder} to {@code receiver}, read-only, in batches. */
    public void read(String folder, Position from, Receiver receiver, BooleanSupplier cancelled) throws MailException {
        Catalogue words = Catalogue.personal();
        Folder f = null;
        try {
            f = store.getFolder(folder);
            if (!f.exists()) {
                throw new MailException(words.text("mail.imap.noFolder", folder));
            }
            f.open(Folder.READ_ONLY);
            UIDFolder uids = (UIDFolder) f;
            long validity = uids.getUIDValidity();
            long after = validity == from.uidValidity() ? from.lastUid() : 0;
            Message[] messages = uids.getMessagesByUID(after + 1, UIDFolder.LASTUID);
            List<Message> fresh = new ArrayList<>();
            for (Message m : messages) {
                if (m != null && uids.getUID(m) > after) {
                    fresh.add(m);
                }
            }
            long last = after;
            for (int start = 0; start < fresh.size(); start += BATCH) {
                if (cancelled.getAsBoolean()) {
                    return;
                }
                List<Message> batch = fresh.subList(start, Math.min(fresh.size(), start + BATCH));
                FetchProfile profile = new FetchProfile();
                profile.add(FetchProfile.Item.ENVELOPE);
                profile.add(FetchProfile.Item.CONTENT_INFO);
                profile.add(FetchProfile.Item.SIZE);
                profile.add(UIDFolder.FetchProfileItem.UID);
                for (String h : List.of("Auto-Submitted", "X-Autoreply", "X-Autorespond", "Precedence", "List-Id",
                        "List-Unsubscribe", "References", "In-Reply-To", "Return-Path", "X-Failed-Recipients")) {
                    profile.add(h);
                }
                f.fetch(batch.toArray(Message[]::new), profile);
                // Small messages whole, in one round trip for the batch; larger ones one by one below, so a batch
                // never holds more than BATCH x SMALL bytes.
                List<Message> small = new ArrayList<>();
                for (Message m : batch) {
                    if (m.getSize() <= SMALL) {
                        small.add(m);
                    }
                }
                FetchProfile whole = new FetchProfile();
                whole.add(org.eclipse.angus.mail.imap.IMAPFolder.FetchProfileItem.MESSAGE);
                f.fetch(small.toArray(Message[]::new), whole);
                for (Message m : batch) {
                    long uid = uids.getUID(m);
                    String where = folder + ", UID " + uid;
                    try {
                        if (m.getSize() > MailSources.MAX_MESSAGE_BYTES) {
                            receiver.unreadable(where, words.text("mail.imap.large",
                                    MailSources.MAX_MESSAGE_BYTES / (1 << 20)));
                        } else {
                            // The whole message in one fetch (the folder is read-only, so it stays unread),
                            // parsed here: one round trip per message instead of one per part.
                            java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream(Math.max(1024,
                                    m.getSize()));
                            ((MimeMessage) m).writeTo(raw);
                            receiver.message(where, MailParser.parse(raw.toByteArray()));
                        }
                    } catch (MailException e) {
                        receiver.unreadable(where, e.getMessage());
                    } catch (java.io.IOException e) {
                        receiver.unreadable(where, e.getMessage());
                    }
                    last = Math.max(last, uid);
                }
                receiver.batchDone(new Position(validity, last), Math.min(fresh.size(), start + BATCH), fresh.size());
            }
            if (fresh.isEmpty()) {
                receiver.batchDone(new Position(validity, last), 0, 0);
            }
        } catch (MessagingException e) {
            throw new MailException(words.text("mail.imap.read", folder, e.getMessage()), e);
        } finally {
            if (f != null && f.isOpen()) {
                try {
                    f.close(false);
                } catch (MessagingException ignored) {
                    // read-only: nothing to lose
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            store.close();
        } catch (MessagingException ignored) {
            // the connection is going anyway
        }
    }
}
