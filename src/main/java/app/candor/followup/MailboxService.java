package app.candor.followup;

import app.candor.domain.Deal;
import app.candor.domain.Direction;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Prospect;
import app.candor.domain.Refused;
import app.candor.mail.ImapMailbox;
import app.candor.platform.PasswordStore;
import app.candor.mail.MailException;
import app.candor.mail.MailKind;
import app.candor.mail.MailMessage;
import app.candor.mail.MailParser;
import app.candor.mail.MailSources;
import app.candor.store.Database;
import app.candor.store.DealRepository;
import app.candor.store.InteractionRepository;
import app.candor.store.MailRepository;
import app.candor.store.ProspectRepository;
import app.candor.store.SettingsRepository;
import app.candor.text.Catalogue;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learns who answered from the mail itself (docs/MAIL.md): a message from a prospect's address is an inbound email
 * (a response); one from the user's own addresses to a prospect is an outbound touch; auto-replies stay on the
 * timeline as notes, never as replies; bounces mark the address as failing; list mail is ignored. Each message
 * is logged once (by its key); each mail file is one transaction. Mail from people who are not prospects never
 * makes prospects: they are listed, for the person to add.
 */
public final class MailboxService {

    /** Lines kept per list in a report; the counts are always whole. */
    static final int MAX_LINES = 200;

    /** What an import did (or, on a dry run, would do). */
    public record Report(int read, int logged, int known, int ignoredCount, List<String> loggedLines,
                         List<String> ignored, Set<String> matchedToNobody) {
    }

    /** An address a bounce said fails: when the bounce came, and its subject. */
    public record FailingAddress(String address, Instant at, String reason) {
    }

    /** The mail server refused the user name and password; a password remembered for it has been forgotten. */
    public static final class LoginRefused extends Refused {
        private static final long serialVersionUID = 1L;

        LoginRefused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(MailboxService.class);
    private final Database db;
    private final ProspectRepository prospects;
    private final DealRepository deals;
    private final InteractionRepository interactions;
    private final MailRepository mail;
    private final SettingsRepository settings;
    private final Clock clock;
    private final Optional<PasswordStore> keeper;
    /** Passwords given in this session (this window, this command), by {@link ImapMailbox.Account#passwordKey}. */
    private final java.util.Map<String, char[]> session = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code keeper} is the system's password store, when there is one Candor can use. */
    public MailboxService(Database db, ProspectRepository prospects, DealRepository deals,
                          InteractionRepository interactions, MailRepository mail, SettingsRepository settings,
                          Clock clock, Optional<PasswordStore> keeper) {
        this.keeper = keeper;
        this.settings = settings;
        this.db = db;
        this.prospects = prospects;
        this.deals = deals;
        this.interactions = interactions;
        this.mail = mail;
        this.clock = clock;
    }

    /** Reads every message in {@code paths} (.eml files, mbox files, Maildir folders); {@code me} are the user's addresses. */
    public Report importFiles(List<Path> paths, Set<String> me, boolean dryRun) {
        return importFiles(paths, me, dryRun, null);
    }

    /**
     * The same, with every message filed under the prospect {@code filedUnder} whatever its addresses (mail dropped
     * onto their card): from you, a touch; from anyone else, their reply. Null files by address as usual.
     */
    public Report importFiles(List<Path> paths, Set<String> me, boolean dryRun, Long filedUnder) {
        Set<String> mine = new LinkedHashSet<>();
        for (String m : me) {
            mine.add(m.strip().toLowerCase(Locale.ROOT));
        }
        Tally tally = new Tally();
        if (filedUnder != null) {
            tally.filedUnder = prospects.find(filedUnder).orElseThrow(() -> Refused.because("refused.mail.noProspect"));
        }
        Catalogue words = Catalogue.personal();
        for (Path path : paths) {
            try {
                if (dryRun) {
                    readParsed(path, parsed -> handle(parsed, mine, true, tally, words));
                } else {
                    db.inTransaction(() -> {
                        try {
                            readParsed(path, parsed -> handle(parsed, mine, false, tally, words));
                            flush(tally);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        } catch (MailException e) {
                            throw new Refused(e.getMessage(), e);
                        }
                        return null;
                    });
                }
            } catch (IOException e) {
                throw new Refused(Failures.plain(e), e);
            } catch (java.io.UncheckedIOException e) {
                throw new Refused(Failures.plain(e.getCause()), e);
            } catch (MailException e) {
                throw new Refused(e.getMessage(), e);
            }
        }
        return new Report(tally.read, tally.logged, tally.known, tally.ignoredCount, tally.loggedLines, tally.ignored,
                tally.nobody);
    }

    /** Progress of a sync: messages handed over so far in the folder being read, of how many new ones. */
    public interface Progress {
        void update(String folder, int done, int total);
    }

    /**
     * Reads what is new in the mailbox since the last sync (by UIDVALIDITY and UID, remembered per folder in the
     * same transaction as what each batch logged), read-only. Once the server takes {@code password} it is remembered
     * for this session and, with {@code keep}, kept in the system's password store; a refused login forgets any
     * password remembered for the mailbox and throws {@link LoginRefused}. Stops between batches when
     * {@code cancelled} says so; what was read stays read.
     */
    public Report sync(ImapMailbox.Account account, char[] password, boolean keep, Set<String> me, Progress progress,
                       java.util.function.BooleanSupplier cancelled) {
        Set<String> mine = new LinkedHashSet<>();
        for (String m : me) {
            mine.add(m.strip().toLowerCase(Locale.ROOT));
        }
        mine.add(account.user().strip().toLowerCase(Locale.ROOT));
        Tally tally = new Tally();
        Catalogue words = Catalogue.personal();
        ImapMailbox opened;
        try {
            opened = ImapMailbox.connect(account, password);
        } catch (MailException e) {
            if (e.loginRefused()) {
                forgetPassword(account);
                throw new LoginRefused(e.getMessage(), e);
            }
            throw new Refused(e.getMessage(), e);
        }
        remember(account, password, keep);
        try (ImapMailbox box = opened) {
            List<String> folders = account.folders().isEmpty() ? box.defaultFolders() : account.folders();
            for (String folder : folders) {
                if (cancelled.getAsBoolean()) {
                    break;
                }
                String key = POSITION + account.positionKey(folder);
                ImapMailbox.Position from = ImapMailbox.Position.parse(settings.get(key).orElse(null));
                List<Runnable> pending = new ArrayList<>();
                box.read(folder, from, new ImapMailbox.Receiver() {
                    @Override
                    public void message(String where, MailMessage message) {
                        tally.read++;
                        pending.add(() -> handle(where, message, mine, false, tally, words));
                    }

                    @Override
                    public void unreadable(String where, String why) {
                        tally.read++;
                        tally.ignore(words.text("mail.ignored.unreadable", where, why));
                    }

                    @Override
                    public void batchDone(ImapMailbox.Position position, int done, int total) {
                        db.inTransaction(() -> {
                            pending.forEach(Runnable::run);
                            flush(tally);
                            settings.put(key, position.toString());
                            return null;
                        });
                        pending.clear();
                        progress.update(folder, done, total);
                    }
                }, cancelled);
            }
        } catch (MailException e) {
            throw new Refused(e.getMessage(), e);
        }
        return new Report(tally.read, tally.logged, tally.known, tally.ignoredCount, tally.loggedLines, tally.ignored,
                tally.nobody);
    }

    /**
     * The prospect's addresses (main and other) that a bounce said fail, with when; none once they wrote from it
     * since.
     */
    public List<FailingAddress> failingAddresses(Prospect p) {
        List<FailingAddress> out = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        if (p.email() != null && !p.email().isBlank()) {
            addresses.add(p.email());
        }
        addresses.addAll(prospects.otherAddresses(p.id()));
        for (String a : addresses) {
            mail.failure(a).ifPresent(f -> out.add(new FailingAddress(f.address(), f.at(), f.reason())));
        }
        return out;
    }

    /**
     * Adds someone who wrote as a prospect, named from the address ("priya.raman@…" is Priya Raman), dated by this
     * service's clock; the person completes the rest on Prospects.
     */
    public Prospect addSender(String address) {
        String local = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
        StringBuilder name = new StringBuilder();
        for (String part : local.split("[._-]+")) {
            if (!part.isEmpty()) {
                name.append(name.length() == 0 ? "" : " ").append(Character.toUpperCase(part.charAt(0)))
                        .append(part.substring(1));
            }
        }
        return prospects.add(Prospect.create(name.length() == 0 ? address : name.toString(), "", "", address, "", "",
                clock.instant()));
    }

    /** The name of the system's password store ("the system keyring"), when there is one Candor can use. */
    public Optional<String> passwordKeeper() {
        return keeper.map(PasswordStore::name);
    }

    /**
     * The mailbox's password when it is known without asking: given earlier in this session, else kept in the
     * system's password store. The caller wipes the copy it gets.
     */
    public Optional<char[]> knownPassword(ImapMailbox.Account account) {
        char[] given = session.get(account.passwordKey());
        if (given != null) {
            return Optional.of(given.clone());
        }
        return keeper.flatMap(k -> k.find(account.passwordKey()));
    }

    /** Forgets the mailbox's password in this session and in the system's store. */
    public void forgetPassword(ImapMailbox.Account account) {
        char[] given = session.remove(account.passwordKey());
        if (given != null) {
            java.util.Arrays.fill(given, '\0');
        }
        keeper.ifPresent(k -> k.forget(account.passwordKey()));
    }

    private void remember(ImapMailbox.Account account, char[] password, boolean keep) {
        char[] before = session.put(account.passwordKey(), password.clone());
        if (before != null) {
            java.util.Arrays.fill(before, '\0');
        }
        if (keep && keeper.isPresent()) {
            try {
                keeper.get().save(account.passwordKey(),
                        Catalogue.personal().text("mail.password.label", account.user(), account.host()), password);
            } catch (PasswordStore.PasswordStoreException e) {
                LOG.warn("The mailbox password could not be kept in {}: {}", keeper.get().name(), e.getMessage());
            }
        }
    }

    /** The mailbox set up for syncing, if one is; never its password. */
    public Optional<ImapMailbox.Account> account() {
        Optional<String> host = settings.get(ACCOUNT + "host");
        Optional<String> user = settings.get(ACCOUNT + "user");
        if (host.isEmpty() || user.isEmpty() || host.get().isBlank()) {
            return Optional.empty();
        }
        int port = settings.get(ACCOUNT + "port").filter(p -> p.matches("\\d{1,5}")).map(Integer::parseInt).orElse(993);
        List<String> folders = settings.get(ACCOUNT + "folders").filter(f -> !f.isBlank())
                .map(f -> List.of(f.split("\n"))).orElse(List.of());
        return Optional.of(new ImapMailbox.Account(host.get(), port, user.get(), folders,
                settings.get(ACCOUNT + "trustHost").map(Boolean::parseBoolean).orElse(false)));
    }

    /** Sets up the mailbox to sync (host, port, user, folders: never the password). */
    public void saveAccount(ImapMailbox.Account a) {
        if (a.host().isBlank() || a.user().isBlank() || a.port() < 1 || a.port() > 65535) {
            throw Refused.because("refused.mail.account");
        }
        db.inTransaction(() -> {
            settings.put(ACCOUNT + "host", a.host().strip());
            settings.put(ACCOUNT + "port", String.valueOf(a.port()));
            settings.put(ACCOUNT + "user", a.user().strip());
            settings.put(ACCOUNT + "folders", String.join("\n", a.folders()));
            settings.put(ACCOUNT + "trustHost", String.valueOf(a.trustHost()));
            return null;
        });
    }

    /** Your own addresses, as set up: mail from them is what you sent. */
    public Set<String> myAddresses() {
        Set<String> out = new LinkedHashSet<>();
        for (String a : settings.get(ACCOUNT + "me").orElse("").split("[,\\s]+")) {
            if (a.contains("@")) {
                out.add(a.strip().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    public void saveMyAddresses(Set<String> addresses) {
        settings.put(ACCOUNT + "me", String.join(", ", addresses));
    }

    static final String ACCOUNT = "mail.imap.";

    /** The settings key prefix under which how far each folder was read is kept. */
    static final String POSITION = "mail.imap.position.";

    private static final class Tally {
        int read;
        int logged;
        int known;
        int ignoredCount;
        final List<String> loggedLines = new ArrayList<>();
        final List<String> ignored = new ArrayList<>();
        final Set<String> nobody = new LinkedHashSet<>();
        /** Each prospect's open deals, read once a run (an import does not change deals). */
        final java.util.Map<Long, List<Deal>> openDeals = new java.util.HashMap<>();
        /** Deals of threads logged in this run, by thread key and prospect, before they are written. */
        final java.util.Map<String, Long> threadDeals = new java.util.HashMap<>();
        /** The prospect every message is filed under, or null to file by address. */
        Prospect filedUnder;
        /** Logged but not yet written: written in bulk, each prospect refreshed once per flush. */
        final List<Interaction> pending = new ArrayList<>();
        final List<MailMessage> pendingMail = new ArrayList<>();
        final Set<String> pendingKeys = new java.util.HashSet<>();

        void ignore(String line) {
            ignoredCount++;
            if (ignored.size() < MAX_LINES) {
                ignored.add(line);
            }
        }

        void log(String line) {
            logged++;
            if (loggedLines.size() < MAX_LINES) {
                loggedLines.add(line);
            }
        }
    }

    /** One message as read and parsed off the writing thread: the message, or why it could not be. */
    private record Parsed(String where, MailMessage message, boolean tooLarge, String unreadable) {
        static final Parsed END = new Parsed("", null, false, null);
    }

    /**
     * Reads and parses {@code path} on a thread of its own while the caller writes what was parsed (the two cores
     * share the work); a bounded queue keeps memory flat. Failures of the reader are thrown here.
     */
    private void readParsed(Path path, java.util.function.Consumer<Parsed> use) throws IOException, MailException {
        java.util.concurrent.BlockingQueue<Object> queue = new java.util.concurrent.ArrayBlockingQueue<>(256);
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread reader = new Thread(() -> {
            Object last = Parsed.END;
            try {
                MailSources.read(path, raw -> {
                    if (stop.get()) {
                        throw new IOException("the writer stopped");
                    }
                    Parsed p;
                    if (raw.tooLarge()) {
                        p = new Parsed(raw.where(), null, true, null);
                    } else {
                        try {
                            p = new Parsed(raw.where(), MailParser.parse(raw.bytes()), false, null);
                        } catch (MailException e) {
                            p = new Parsed(raw.where(), null, false, e.getMessage());
                        }
                    }
                    put(queue, p, stop);
                });
            } catch (IOException | MailException | RuntimeException e) {
                last = e;
            }
            put(queue, last, stop);
        }, "candor-mail-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Object next = queue.take();
                if (next == Parsed.END) {
                    return;
                }
                if (next instanceof IOException e) {
                    throw e;
                }
                if (next instanceof MailException e) {
                    throw e;
                }
                if (next instanceof RuntimeException e) {
                    throw e;
                }
                use.accept((Parsed) next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException(e.getMessage());
        } finally {
            stop.set(true);
        }
    }

    private static void put(java.util.concurrent.BlockingQueue<Object> queue, Object item,
                            java.util.concurrent.atomic.AtomicBoolean stop) {
        try {
            while (!stop.get() && !queue.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                // the writer is busy; wait, unless it stopped
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(Parsed parsed, Set<String> me, boolean dryRun, Tally t, Catalogue words) {
        t.read++;
        if (parsed.tooLarge()) {
            t.ignore(words.text("mail.ignored.large", parsed.where(), MailSources.MAX_MESSAGE_BYTES / (1 << 20)));
            return;
        }
        if (parsed.unreadable() != null) {
            t.ignore(words.text("mail.ignored.unreadable", parsed.where(), parsed.unreadable()));
            return;
        }
        handle(parsed.where(), parsed.message(), me, dryRun, t, words);
    }

    private void handle(String where, MailMessage m, Set<String> me, boolean dryRun, Tally t, Catalogue words) {
        if (t.pendingKeys.contains(m.key()) || mail.seen(m.key())) {
            t.known++;
            return;
        }
        Instant at = when(m);
        switch (m.kind()) {
            case LIST -> {
                t.ignore(words.text("mail.ignored.list", where, m.subject()));
                remember(m, null, at, dryRun);
            }
            case BOUNCE -> {
                String failed = m.failedAddress();
                if (failed != null && !dryRun) {
                    mail.markFailing(failed, at, m.subject());
                }
                t.ignore(failed == null ? words.text("mail.ignored.bounce", where)
                        : words.text("mail.ignored.bounceFor", where, failed));
                remember(m, null, at, dryRun);
            }
            case AUTO_REPLY -> {
                Optional<Prospect> p = t.filedUnder != null ? Optional.of(t.filedUnder) : prospects.findByEmail(m.from());
                if (p.isEmpty()) {
                    t.ignore(words.text("mail.ignored.auto", where, m.from()));
                    remember(m, null, at, dryRun);
                } else {
                    Interaction note = Interaction.log(p.get().id(), dealFor(p.get(), m, t), InteractionKind.NOTE,
                            Direction.INBOUND, at, words.text("mail.autoReply", m.summary()), null);
                    logOne(m, note, at, dryRun, t, words.text("mail.logged.auto", p.get().name(), m.subject()));
                }
            }
            case PERSONAL -> {
                if (me.contains(m.from()) && t.filedUnder != null) {
                    Interaction sent = Interaction.log(t.filedUnder.id(), dealFor(t.filedUnder, m, t), InteractionKind.EMAIL,
                            Direction.OUTBOUND, at, m.summary(), null);
                    logOne(m, sent, at, dryRun, t, words.text("mail.logged.sent", t.filedUnder.name(), m.subject()));
                } else if (me.contains(m.from())) {
                    boolean any = false;
                    for (String to : m.to()) {
                        if (me.contains(to)) {
                            continue;
                        }
                        Optional<Prospect> p = prospects.findByEmail(to);
                        if (p.isPresent()) {
                            any = true;
                            Interaction sent = Interaction.log(p.get().id(), dealFor(p.get(), m, t), InteractionKind.EMAIL,
                                    Direction.OUTBOUND, at, m.summary(), null);
                            logOne(m, sent, at, dryRun, t, words.text("mail.logged.sent", p.get().name(), m.subject()));
                        } else {
                            t.nobody.add(to);
                        }
                    }
                    if (!any) {
                        remember(m, null, at, dryRun);
                    }
                } else {
                    Optional<Prospect> p = t.filedUnder != null ? Optional.of(t.filedUnder)
                            : m.from().isEmpty() ? Optional.empty() : prospects.findByEmail(m.from());
                    if (p.isEmpty()) {
                        if (!m.from().isEmpty()) {
                            t.nobody.add(m.from());
                        }
                        return;
                    }
                    Interaction reply = Interaction.log(p.get().id(), dealFor(p.get(), m, t), InteractionKind.EMAIL,
                            Direction.INBOUND, at, m.summary(), null);
                    logOne(m, reply, at, dryRun, t, words.text("mail.logged.reply", p.get().name(), m.subject()));
                    if (!dryRun) {
                        // They wrote from it since: a bounce before this no longer says the address fails.
                        mail.clearFailing(m.from(), at);
                    }
                }
            }
            default -> throw new IllegalStateException("unknown kind of mail " + m.kind());
        }
    }

    private void logOne(MailMessage m, Interaction i, Instant at, boolean dryRun, Tally t, String line) {
        t.log(line);
        t.pendingKeys.add(m.key());
        if (i.dealId() != null && t.threadDeals.size() < 100_000) {
            t.threadDeals.putIfAbsent(m.threadKey() + "\n" + i.prospectId(), i.dealId());
        }
        if (dryRun) {
            return;
        }
        t.pending.add(i);
        t.pendingMail.add(m);
        if (t.pending.size() >= FLUSH) {
            flush(t);
        }
    }

    /** Mail logged in bulk is written this many at a time. */
    static final int FLUSH = 500;

    /** Writes what is pending, and remembers each message with the first interaction it became. */
    private void flush(Tally t) {
        List<Interaction> logged = interactions.logAll(t.pending);
        for (int i = 0; i < logged.size(); i++) {
            MailMessage m = t.pendingMail.get(i);
            if (!mail.seen(m.key())) {
                mail.remember(m.key(), m.threadKey(), logged.get(i).id(), logged.get(i).occurredAt());
            }
        }
        t.pending.clear();
        t.pendingMail.clear();
    }

    private void remember(MailMessage m, Long interactionId, Instant at, boolean dryRun) {
        if (!dryRun) {
            mail.remember(m.key(), m.threadKey(), interactionId, at);
        }
    }

    /** When it was sent; a message dated in the future (or not dated) counts as now, since only the past is logged. */
    private Instant when(MailMessage m) {
        Instant now = clock.instant();
        return m.sentAt() == null || m.sentAt().isAfter(now) ? now : m.sentAt();
    }

    /**
     * The deal a message is about: the deal an earlier message of its thread was logged on (threads stay
     * together), else the prospect's one open deal when there is exactly one; else the interaction is the prospect's.
     */
    private Long dealFor(Prospect p, MailMessage m, Tally t) {
        List<Deal> open = t.openDeals.computeIfAbsent(p.id(),
                id -> deals.forProspect(id).stream().filter(Deal::isOpen).toList());
        if (t.openDeals.size() > 100_000) {
            t.openDeals.clear();
        }
        // A message that starts its thread has no earlier message to follow.
        if (!m.threadKey().equals(m.key())) {
            Long pending = t.threadDeals.get(m.threadKey() + "\n" + p.id());
            Optional<Long> threaded = pending != null ? Optional.of(pending) : mail.dealOfThread(m.threadKey(), p.id());
            if (threaded.isPresent() && open.stream().anyMatch(d -> d.id() == threaded.get())) {
                return threaded.get();
            }
        }
        return open.size() == 1 ? open.get(0).id() : null;
    }
}
