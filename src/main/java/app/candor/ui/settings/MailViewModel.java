package app.candor.ui.settings;

import app.candor.followup.MailboxService;
import app.candor.mail.ImapMailbox;
import app.candor.ui.common.Change;
import app.candor.ui.common.Messages;
import app.candor.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Mail in Settings: import mail files, set up a mailbox to sync (its password kept only where the person says) and sync it with progress
 * and a way to stop; afterwards, the people who wrote to you and are not prospects.
 */
public final class MailViewModel {

    private final MailboxService mail;
    private final app.candor.followup.ProspectService prospects;
    private final TaskExecutor executor;
    private final java.util.concurrent.Executor onFx;
    private final Consumer<Change> onLogged;
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("993");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty folders = new SimpleStringProperty("");
    private final StringProperty me = new SimpleStringProperty("");
    private final BooleanProperty trustHost = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> strangers = FXCollections.observableArrayList();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private PasswordAsker asker = (why, keeper) -> java.util.Optional.empty();

    /** {@code onFx} runs progress updates on the FX thread ({@code Platform::runLater} in the window). */
    public MailViewModel(MailboxService mail, app.candor.followup.ProspectService prospects, TaskExecutor executor,
                         java.util.concurrent.Executor onFx, Consumer<Change> onLogged) {
        this.onFx = onFx;
        this.mail = mail;
        this.prospects = prospects;
        this.executor = executor;
        this.onLogged = onLogged;
    }

    /** Reads the mailbox set up, if any, into the form. */
    public void refresh() {
        executor.run(() -> new Object[] {mail.account(), mail.myAddresses()}, loaded -> {
            @SuppressWarnings("unchecked")
            java.util.Optional<ImapMailbox.Account> account = (java.util.Optional<ImapMailbox.Account>) loaded[0];
            @SuppressWarnings("unchecked")
            Set<String> mine = (Set<String>) loaded[1];
            account.ifPresent(a -> {
                host.set(a.host());
                port.set(String.valueOf(a.port()));
                user.set(a.user());
                folders.set(String.join(", ", a.folders()));
                trustHost.set(a.trustHost());
            });
            me.set(String.join(", ", mine));
        }, failure -> status.set(failure.getMessage()));
    }

    private Set<String> myAddresses() {
        Set<String> out = new LinkedHashSet<>();
        for (String a : me.get().split("[,\\s]+")) {
            if (a.contains("@")) {
                out.add(a.strip());
            }
        }
        return out;
    }

    /** Logs the mail in {@code files} (.eml, mbox, Maildir) with your addresses as set here. */
    public void importFiles(List<Path> files) {
        if (files.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        status.set(Messages.text("mail.ui.reading"));
        Set<String> mine = myAddresses();
        executor.runLong(() -> {
            mail.saveMyAddresses(mine);
            return mail.importFiles(files, mine, false);
        }, this::done, this::failed);
    }

    /** What the person answered when asked for the mailbox password. */
    public record PasswordAnswer(char[] password, boolean keep) {
    }

    /** Asks the person for the mailbox password; empty when they cancelled. */
    @FunctionalInterface
    public interface PasswordAsker {
        /**
         * {@code why} is null or a sentence saying why it is asked again; {@code keeper} names the system's password
         * store when there is one, to offer keeping the password there.
         */
        java.util.Optional<PasswordAnswer> ask(String why, java.util.Optional<String> keeper);
    }

    /** The window asks with a dialog; until one is set, a sync that needs a password does nothing. */
    public void setPasswordAsker(PasswordAsker asker) {
        this.asker = asker;
    }

    /**
     * Saves the mailbox (never the password) and reads what is new in it: with the password given earlier in this
     * session or kept in the system's password store, else asking for it. A kept password the server refuses is
     * forgotten and asked for again.
     */
    public void sync() {
        if (busy.get()) {
            return;
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            status.set(Messages.text("mail.ui.port"));
            return;
        }
        List<String> folderList = java.util.Arrays.stream(folders.get().split(","))
                .map(String::strip).filter(f -> !f.isEmpty()).toList();
        ImapMailbox.Account account = new ImapMailbox.Account(host.get().strip(), portNumber, user.get().strip(),
                folderList, trustHost.get());
        Set<String> mine = myAddresses();
        busy.set(true);
        status.set(Messages.text("mail.ui.connecting", account.host()));
        executor.runLong(() -> {
            mail.saveAccount(account);
            mail.saveMyAddresses(mine);
            return mail.knownPassword(account);
        }, known -> {
            if (known.isPresent()) {
                read(account, mine, known.get(), false, true);
            } else {
                ask(account, mine, null);
            }
        }, this::failed);
    }

    private void ask(ImapMailbox.Account account, Set<String> mine, String why) {
        status.set(why == null ? "" : why);
        java.util.Optional<PasswordAnswer> answer = asker.ask(why, mail.passwordKeeper());
        if (answer.isEmpty() || answer.get().password().length == 0) {
            busy.set(false);
            status.set(why == null ? "" : why);
            return;
        }
        read(account, mine, answer.get().password(), answer.get().keep(), false);
    }

    private void read(ImapMailbox.Account account, Set<String> mine, char[] password, boolean keep, boolean known) {
        busy.set(true);
        cancelled.set(false);
        status.set(Messages.text("mail.ui.connecting", account.host()));
        executor.runLong(() -> {
            try {
                return mail.sync(account, password, keep, mine, (folder, done, total) -> onFx.execute(() ->
                        status.set(Messages.text("mail.ui.progress", folder, done, total))), cancelled::get);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }, this::done, failure -> {
            if (known && failure instanceof MailboxService.LoginRefused) {
                ask(account, mine, Messages.text("mail.ui.keptRefused"));
            } else {
                failed(failure);
            }
        });
    }

    /** Stops a sync between batches; what was read stays read. */
    public void cancel() {
        cancelled.set(true);
        status.set(Messages.text("mail.ui.stopping"));
    }

    private void done(MailboxService.Report r) {
        busy.set(false);
        status.set(Messages.text("mail.report", r.logged(), r.read(), r.known(), r.ignoredCount(),
                r.matchedToNobody().size()));
        strangers.setAll(r.matchedToNobody());
        if (r.logged() > 0) {
            onLogged.accept(new Change.Everything());
        }
    }

    private void failed(Throwable failure) {
        busy.set(false);
        status.set(app.candor.followup.Failures.plain(failure));
    }

    /** Adds {@code address} as a prospect, named from the address ("priya.raman@…" is Priya Raman); edit it later. */
    public void addProspect(String address) {
        executor.run(() -> mail.addSender(address), added -> {
            strangers.remove(address);
            status.set(Messages.text("mail.ui.added", added.name()));
            onLogged.accept(new Change.Everything());
        }, failure -> status.set(app.candor.followup.Failures.plain(failure)));
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty foldersProperty() {
        return folders;
    }

    public StringProperty meProperty() {
        return me;
    }

    public BooleanProperty trustHostProperty() {
        return trustHost;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** People who wrote to you (or you to them) and are not prospects, from the last import or sync. */
    public ObservableList<String> strangers() {
        return strangers;
    }
}
