package app.candor.ui.prospects;

import app.candor.ui.common.Dates;
import app.candor.ui.common.Messages;
import app.candor.ui.common.Change;
import java.util.function.Consumer;
import static app.candor.ui.common.RecordMethods.linked;

import app.candor.domain.Deal;
import app.candor.domain.Interaction;
import app.candor.domain.Money;
import app.candor.domain.Prospect;
import app.candor.domain.Stage;
import app.candor.domain.WhoseMove;
import app.candor.domain.Direction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Outcome;
import app.candor.domain.Refused;
import app.candor.followup.DealChanges;
import app.candor.followup.DealService;
import app.candor.followup.FollowUpService;
import app.candor.followup.ProspectService;
import app.candor.followup.When;
import app.candor.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Prospects screen: search-as-you-type over the FTS index, results loaded a page at a time as the table
 * scrolls (so it stays quick at 100k prospects), and the selected
 * prospect's deals and timeline (newest first, fifty at a time). Deleting can be undone until it is committed.
 */
public final class ProspectsViewModel {

    public static final int PAGE = 200;
    public static final int TIMELINE_PAGE = 50;

    private final ProspectService prospects;
    private final DealService deals;
    private final FollowUpService followUps;
    private final ReadOnlyObjectWrapper<Interaction> deletedInteraction = new ReadOnlyObjectWrapper<>();
    private final TaskExecutor executor;
    private final Clock clock;
    private final Consumer<Change> onChanged;

    private final ObservableList<Prospect> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Prospect> selected = new SimpleObjectProperty<>();
    private final ObservableList<Deal> selectedDeals = FXCollections.observableArrayList();
    private final ObservableList<TimelineRow> timeline = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper moreTimeline = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Prospect> pendingDelete = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(0);
    private String query = "";
    private long searchSequence;
    private boolean loadingMore;

    private record Found(List<Prospect> page, int total, java.util.Map<Long, app.candor.domain.ProspectStanding> standings,
                         boolean team) {
    }

    /** Where the listed prospects stand (stage, last contact), read with each page. */
    private final java.util.Map<Long, app.candor.domain.ProspectStanding> standings = new java.util.HashMap<>();

    /** The stage of the prospect's furthest open deal, in words; empty without one. */
    public String stageText(Prospect p) {
        app.candor.domain.ProspectStanding st = standings.get(p.id());
        return st == null || st.stage() == null ? "" : Messages.word(st.stage());
    }

    /** The day of the last contact with the prospect; empty when there was none. */
    public String lastContactText(Prospect p) {
        app.candor.domain.ProspectStanding st = standings.get(p.id());
        return st == null || st.lastContact() == null ? ""
                : Dates.day(java.time.LocalDate.ofInstant(st.lastContact(), clock.getZone()));
    }

    /** On a team's server, the login of the seller who owns the listed prospect; empty in a personal file. */
    public String sellerText(Prospect p) {
        app.candor.domain.ProspectStanding st = standings.get(p.id());
        return st == null || st.owner() == null ? "" : st.owner();
    }

    private final javafx.beans.property.ReadOnlyBooleanWrapper teamView =
            new javafx.beans.property.ReadOnlyBooleanWrapper(false);

    /** Whether the list is a manager's view of the team's pipeline, which names each prospect's seller. */
    public javafx.beans.property.ReadOnlyBooleanProperty teamViewProperty() {
        return teamView.getReadOnlyProperty();
    }

    /** Where a listed prospect stands; null before its page was read. */
    public app.candor.domain.ProspectStanding standing(long prospectId) {
        return standings.get(prospectId);
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT);

    /** One timeline entry and its text, written on the background thread that read it. */
    public record TimelineRow(Interaction interaction, String text) {
    }

    private app.candor.followup.MailboxService mail;

    /** Lets mail dropped onto a prospect's card be filed under them. */
    public ProspectsViewModel withMail(app.candor.followup.MailboxService mailbox) {
        this.mail = mailbox;
        return this;
    }

    /** Whether mail can be filed here: a prospect is shown and the mail service is there. */
    public boolean canFileMail() {
        return mail != null && selected.get() != null;
    }

    /** Files the messages in {@code files} under the prospect shown, whatever their addresses (docs/MAIL.md). */
    public void fileMail(List<java.nio.file.Path> files) {
        Prospect p = selected.get();
        if (mail == null || p == null || files.isEmpty()) {
            return;
        }
        status.set(Messages.text("mail.ui.reading"));
        executor.runLong(() -> mail.importFiles(files, mail.myAddresses(), false, p.id()), r -> {
            status.set(Messages.text("mail.report", r.logged(), r.read(), r.known(), r.ignoredCount(),
                    r.matchedToNobody().size()));
            loadDetail(p);
            onChanged.accept(new Change.ProspectChanged(p.id()));
        }, failure -> status.set(app.candor.followup.Failures.plain(failure)));
    }

    public ProspectsViewModel(ProspectService prospects, DealService deals, FollowUpService followUps,
                              TaskExecutor executor, Clock clock, Consumer<Change> onChanged) {
        this.prospects = prospects;
        this.deals = deals;
        this.followUps = followUps;
        this.executor = executor;
        this.clock = clock;
        this.onChanged = onChanged;
        selected.addListener((o, a, b) -> loadDetail(b));
    }

    /** Runs the search in the background; only the newest search's result is shown. */
    public void search(String text) {
        query = text == null ? "" : text;
        long sequence = ++searchSequence;
        loading.set(true);
        String q = query;
        loadingMore = false;
        executor.run(() -> {
            List<Prospect> page = linked(prospects.search(q, 0, PAGE));
            return new Found(page, prospects.countMatching(q), prospects.standings(page.stream().map(Prospect::id)
                    .toList()), prospects.mayHandOver());
        }, found -> {
            if (sequence != searchSequence) {
                return;
            }
            loading.set(false);
            Prospect hidden = pendingDelete.get();
            standings.putAll(found.standings());
            teamView.set(found.team());
            rows.setAll(hidden == null ? found.page() : found.page().stream().filter(p -> p.id() != hidden.id())
                    .toList());
            // The pending delete is hidden from the count only when the search found it.
            boolean hiddenFound = hidden != null && found.page().stream().anyMatch(p -> p.id() == hidden.id());
            total.set(found.total() - (hiddenFound ? 1 : 0));
        }, this::failed);
    }

    /** Whether more results than the table holds match the search. */
    public boolean hasMore() {
        return rows.size() < total.get();
    }

    /**
     * Loads the next page of the current search onto the end of the table (the table asks as it nears its end).
     * Rows already there are skipped, so a row hidden by a pending delete shifts nothing.
     */
    public void loadMore() {
        if (loadingMore || !hasMore()) {
            return;
        }
        loadingMore = true;
        long sequence = searchSequence;
        String q = query;
        int offset = rows.size();
        executor.run(() -> {
            List<Prospect> next = prospects.search(q, offset, PAGE);
            return new Found(next, -1, prospects.standings(next.stream().map(Prospect::id).toList()), teamView.get());
        }, found -> {
            List<Prospect> page = found.page();
            // Read off the FX thread, kept on it.
            standings.putAll(found.standings());
            loadingMore = false;
            if (sequence != searchSequence) {
                return;
            }
            java.util.Set<Long> present = new java.util.HashSet<>();
            rows.forEach(p -> present.add(p.id()));
            Prospect hidden = pendingDelete.get();
            rows.addAll(page.stream().filter(p -> !present.contains(p.id()))
                    .filter(p -> hidden == null || p.id() != hidden.id()).toList());
            if (page.isEmpty()) {
                total.set(rows.size());
            }
        }, failure -> {
            loadingMore = false;
            failed(failure);
        });
    }

    /** How many prospects match the current search; the table holds the first of them and loads more as it scrolls. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public void refresh() {
        search(query);
        loadDetail(selected.get());
    }

    private void loadDetail(Prospect p) {
        selectedDeals.clear();
        timeline.clear();
        moreTimeline.set(false);
        if (p == null) {
            return;
        }
        mailWarning.set("");
        seller.set("");
        executor.run(() -> {
            String owner = prospects.owner(p.id()).orElse("");
            boolean manager = !owner.isEmpty() && prospects.mayHandOver();
            return new Detail(linked(prospects.deals(p.id())), rows(prospects.timeline(p.id(), 0, TIMELINE_PAGE)),
                    failing(p), owner, manager ? prospects.sellers() : List.of());
        }, d -> {
            if (selected.get() != null && selected.get().id() == p.id()) {
                mailWarning.set(d.mailWarning());
                // The list first: refilling a list resets what is chosen in it, and the owner is chosen from it.
                sellers.setAll(d.sellers());
                seller.set(d.owner());
                selectedDeals.setAll(d.deals());
                timeline.setAll(d.timeline());
                moreTimeline.set(d.timeline().size() == TIMELINE_PAGE);
            }
        }, this::failed);
    }

    private record Detail(List<Deal> deals, List<TimelineRow> timeline, String mailWarning, String owner,
                          List<String> sellers) {
    }

    private final ReadOnlyStringWrapper seller = new ReadOnlyStringWrapper("");
    private final ObservableList<String> sellers = FXCollections.observableArrayList();

    /** On a team's server, the login of the seller who owns the prospect shown; empty in a personal file. */
    public ReadOnlyStringProperty sellerProperty() {
        return seller.getReadOnlyProperty();
    }

    /** The team's sellers the prospect shown may be handed to: filled for a manager only. */
    public ObservableList<String> sellers() {
        return sellers;
    }

    /** A manager hands the prospect shown, with its deals, calls and check-ins, to another seller of the team. */
    public void handOver(String login) {
        Prospect p = selected.get();
        if (p == null || login == null || login.equals(seller.get())) {
            return;
        }
        String from = seller.get();
        executor.run(() -> {
            prospects.handOver(p.id(), login);
            return login;
        }, to -> {
            status.set(Messages.text("prospects.handedOver", p.name(), from, to));
            loadDetail(selected.get());
            onChanged.accept(new Change.ProspectChanged(p.id()));
        }, this::failed);
    }

    /** What bounces said about the prospect's addresses, in words; empty when nothing (or no mail service). */
    private String failing(Prospect p) {
        if (mail == null) {
            return "";
        }
        return String.join("\n", mail.failingAddresses(p).stream().map(f -> Messages.text("prospects.mailFailing",
                f.address(), app.candor.ui.common.Dates.day(java.time.LocalDate.ofInstant(f.at(), clock.getZone())),
                f.reason())).toList());
    }

    private final javafx.beans.property.ReadOnlyStringWrapper mailWarning =
            new javafx.beans.property.ReadOnlyStringWrapper("");

    /** Addresses of the prospect shown that bounced, in words; empty when none did. */
    public ReadOnlyStringProperty mailWarningProperty() {
        return mailWarning.getReadOnlyProperty();
    }

    /** The rows for a page of the timeline: formatting dates is work the FX thread need not do. */
    private List<TimelineRow> rows(List<Interaction> page) {
        return linked(page.stream().map(i -> new TimelineRow(i, WHEN.format(i.occurredAt().atZone(clock.getZone()))
                + "  " + (i.outcome() == null ? Messages.text("prospects.timeline.what", Messages.word(i.kind()),
                Messages.word(i.direction())) : Messages.text("prospects.timeline.whatOutcome", Messages.word(i.kind()),
                Messages.word(i.direction()), Messages.word(i.outcome())))
                + (i.summary().isEmpty() ? "" : "\n" + i.summary()))).toList());
    }

    /** The next page of the timeline. */
    public void loadMoreTimeline() {
        Prospect p = selected.get();
        if (p == null) {
            return;
        }
        int offset = timeline.size();
        executor.run(() -> rows(prospects.timeline(p.id(), offset, TIMELINE_PAGE)), page -> {
            timeline.addAll(page);
            moreTimeline.set(page.size() == TIMELINE_PAGE);
        }, this::failed);
    }

    /** Adds or updates a prospect; returns a problem to show, or empty when saved. */
    /**
     * Adds or updates a prospect; {@code done} gets the problem in words (the form stays), or empty once saved. An
     * address another prospect already has is refused, and that prospect offered ({@link #existingMatchProperty});
     * a new prospect with the name of an existing one is saved only when Save is pressed again.
     */
    public Optional<String> save(Prospect existing, String name, String company, String role, String email,
                                 String phone, String notes, app.candor.ui.common.Saving done) {
        return save(existing, name, company, role, email, phone, notes, null, done);
    }

    /** The same, with the prospect's other addresses as typed ("a@x.com, b@y.com"; null leaves them as they are). */
    public Optional<String> save(Prospect existing, String name, String company, String role, String email,
                                 String phone, String notes, String otherAddresses, app.candor.ui.common.Saving done) {
        existingMatch.set(null);
        List<String> others;
        try {
            others = otherAddresses == null ? null : app.candor.followup.ProspectService.parseAddresses(otherAddresses);
        } catch (app.candor.domain.Refused e) {
            done.accept(Optional.of(e.getMessage()));
            return Optional.of(e.getMessage());
        }
        if (name == null || name.isBlank()) {
            done.accept(Optional.of(Messages.text("prospects.needsName")));
            return Optional.of(Messages.text("prospects.needsName"));
        }
        if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+")) {
            String problem = Messages.text("prospects.badEmail", email.strip());
            done.accept(Optional.of(problem));
            return Optional.of(problem);
        }
        Prospect p = existing == null
                ? Prospect.create(name.strip(), company, role, email, phone, notes, clock.instant())
                : new Prospect(existing.id(), name.strip(), company, role, email, phone, notes, existing.createdAt(),
                existing.archived());
        String nameKey = name.strip().toLowerCase(java.util.Locale.ROOT);
        boolean nameConfirmed = nameKey.equals(confirmedName);
        executor.run(() -> {
            if (!p.email().isBlank()) {
                Optional<Prospect> owner = prospects.findByEmail(p.email());
                if (owner.isPresent() && (existing == null || owner.get().id() != existing.id())) {
                    return new Saved(null, owner.get(), Messages.text("prospects.emailTaken", owner.get().name(),
                            p.email()), false);
                }
            }
            for (String other : others == null ? List.<String>of() : others) {
                Optional<Prospect> owner = prospects.findByEmail(other);
                if (owner.isPresent() && (existing == null || owner.get().id() != existing.id())) {
                    return new Saved(null, owner.get(), Messages.text("prospects.emailTaken", owner.get().name(),
                            other), false);
                }
            }
            if (existing == null && !nameConfirmed) {
                Optional<Prospect> sameName = prospects.search(p.name(), 20).stream()
                        .filter(x -> x.name().equalsIgnoreCase(p.name())).findFirst();
                if (sameName.isPresent()) {
                    return new Saved(null, sameName.get(), sameName.get().company().isEmpty()
                            ? Messages.text("prospects.sameName", sameName.get().name())
                            : Messages.text("prospects.sameName.at", sameName.get().name(), sameName.get().company()), true);
                }
            }
            Prospect saved = existing == null ? prospects.add(p) : update(p);
            if (others != null) {
                prospects.setOtherAddresses(saved.id(), String.join(", ", others));
            }
            return new Saved(saved, null, null, false);
        }, saved -> {
            if (saved.problem() != null) {
                existingMatch.set(saved.match());
                // A second Save of the same name is the person saying: yes, another one.
                confirmedName = saved.sameName() ? nameKey : null;
                done.accept(Optional.of(saved.problem()));
                return;
            }
            confirmedName = null;
            status.set(existing == null ? Messages.text("prospects.added", saved.prospect().name())
                    : Messages.text("prospects.saved"));
            refresh();
            selected.set(saved.prospect());
            onChanged.accept(new Change.ProspectChanged(saved.prospect().id()));
            done.accept(Optional.empty());
        }, done::failed);
        return Optional.empty();
    }

    /** Reads the prospect's other addresses off the FX thread and hands them, as typed, to {@code into}. */
    public void loadOtherAddresses(long prospectId, Consumer<String> into) {
        executor.run(() -> String.join(", ", prospects.otherAddresses(prospectId)), into, failure -> into.accept(""));
    }

    private Prospect update(Prospect p) {
        prospects.update(p);
        return p;
    }

    private record Saved(Prospect prospect, Prospect match, String problem, boolean sameName) {
    }

    /** The name a second Save confirmed as a second prospect of that name. */
    private String confirmedName;
    private final ReadOnlyObjectWrapper<Prospect> existingMatch = new ReadOnlyObjectWrapper<>();

    /** The prospect a refused or doubtful save found already there, to offer instead; null otherwise. */
    public ReadOnlyObjectProperty<Prospect> existingMatchProperty() {
        return existingMatch.getReadOnlyProperty();
    }

    /** Opens the prospect a save found already there. */
    public void openExistingMatch() {
        Prospect match = existingMatch.get();
        if (match != null) {
            existingMatch.set(null);
            confirmedName = null;
            selected.set(match);
        }
    }

    /** Opens a deal for the selected prospect. */
    public Optional<String> addDeal(String title, String amount, String currency, Stage stage) {
        Prospect p = selected.get();
        if (p == null) {
            return Optional.of(Messages.text("prospects.chooseFirst"));
        }
        if (title == null || title.isBlank()) {
            return Optional.of(Messages.text("prospects.dealNeedsTitle"));
        }
        Money value;
        try {
            value = Money.parse(amount == null || amount.isBlank() ? "0" : amount, currency.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            return Optional.of(app.candor.followup.Failures.plain(e));
        }
        Deal deal = Deal.open(p.id(), title.strip(), value, stage, LocalDate.now(clock), WhoseMove.OURS);
        executor.run(() -> prospects.addDeal(deal), added -> {
            status.set(Messages.text("prospects.dealAdded"));
            loadDetail(p);
            onChanged.accept(new Change.DealChanged(p.id()));
        }, this::failed);
        return Optional.empty();
    }

    /**
     * Saves changes to one of the selected prospect's deals in the background; {@code done} gets the problem in
     * words, or empty once it is saved (the deals and Today read again).
     */
    public void editDeal(Deal deal, DealChanges changes, app.candor.ui.common.Saving done) {
        executor.run(() -> deals.edit(deal.id(), changes), edited -> {
            status.set(Messages.text("deal.saved", edited.after().title(), String.join("; ", edited.changes())));
            loadDetail(selected.get());
            onChanged.accept(new Change.DealChanged(deal.prospectId()));
            done.accept(Optional.empty());
        }, done::failed);
    }

    /**
     * Saves changes to a logged interaction: its kind, direction, when it happened (as typed: "yesterday 15:00",
     * a date and a time), outcome and summary. {@code done} gets the problem in words, or empty once saved.
     */
    public void editInteraction(Interaction original, InteractionKind kind, Direction direction, String when,
                                Outcome outcome, String summary, app.candor.ui.common.Saving done) {
        java.time.Instant at;
        try {
            at = When.moment(when, clock.instant(), clock.getZone());
        } catch (Refused e) {
            done.accept(Optional.of(app.candor.followup.Failures.plain(e)));
            return;
        }
        Interaction edited = new Interaction(original.id(), original.prospectId(), original.dealId(), kind, direction,
                at, summary == null ? "" : summary.strip(), outcome, original.scriptId());
        executor.run(() -> followUps.editInteraction(edited), saved -> {
            status.set(Messages.text("interaction.saved", Messages.word(kind)));
            deletedInteraction.set(null);
            loadDetail(selected.get());
            onChanged.accept(new Change.InteractionLogged(original.prospectId()));
            done.accept(Optional.empty());
        }, done::failed);
    }

    /** Deletes a logged interaction at once; {@link #undoInteractionDelete} puts it back. */
    public void deleteInteraction(Interaction interaction) {
        executor.run(() -> followUps.deleteInteraction(interaction.id()), deleted -> {
            deletedInteraction.set(deleted);
            status.set(Messages.text("interaction.deleted", Messages.word(deleted.kind()),
                    WHEN.format(deleted.occurredAt().atZone(clock.getZone()))));
            loadDetail(selected.get());
            onChanged.accept(new Change.InteractionLogged(deleted.prospectId()));
        }, this::failed);
    }

    /** Puts back the interaction deleted last. */
    public void undoInteractionDelete() {
        Interaction deleted = deletedInteraction.get();
        if (deleted == null) {
            return;
        }
        deletedInteraction.set(null);
        executor.run(() -> followUps.restoreInteraction(deleted), restored -> {
            status.set(Messages.text("interaction.back", Messages.word(deleted.kind())));
            loadDetail(selected.get());
            onChanged.accept(new Change.InteractionLogged(deleted.prospectId()));
        }, this::failed);
    }

    /** The interaction deleted last, while it can still be put back; null otherwise. */
    public ReadOnlyObjectProperty<Interaction> deletedInteractionProperty() {
        return deletedInteraction.getReadOnlyProperty();
    }

    /** How a moment is shown in an interaction's form, in a form {@link When} reads back. */
    public String whenText(Interaction interaction) {
        return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
                .format(interaction.occurredAt().atZone(clock.getZone()));
    }

    public void setArchived(Prospect p, boolean archived) {
        executor.run(() -> {
            prospects.setArchived(p.id(), archived);
            return true;
        }, ok -> {
            status.set(Messages.text(archived ? "prospects.archived" : "prospects.active", p.name()));
            refresh();
            onChanged.accept(new Change.ProspectChanged(p.id()));
        }, this::failed);
    }

    /** Hides the prospect at once; the delete is written by {@link #commitDelete} unless undone first. */
    public void delete(Prospect p) {
        commitDelete();
        pendingDelete.set(p);
        if (rows.removeIf(r -> r.id() == p.id())) {
            total.set(total.get() - 1);
        }
        if (selected.get() != null && selected.get().id() == p.id()) {
            selected.set(null);
        }
        status.set(Messages.text("prospects.deleted", p.name()));
    }

    public void undoDelete() {
        Prospect p = pendingDelete.get();
        if (p != null) {
            pendingDelete.set(null);
            status.set(Messages.text("prospects.kept", p.name()));
            refresh();
        }
    }

    /** Writes a pending delete (called after the undo window, and when the window closes). */
    public void commitDelete() {
        Prospect p = pendingDelete.get();
        if (p == null) {
            return;
        }
        pendingDelete.set(null);
        executor.run(() -> {
            prospects.delete(p.id());
            return true;
        }, ok -> onChanged.accept(new Change.ProspectChanged(p.id())), this::failed);
    }

    private void failed(Throwable failure) {
        loading.set(false);
        status.set(app.candor.followup.Failures.plain(failure));
    }

    public ObservableList<Prospect> rows() {
        return rows;
    }

    public ObjectProperty<Prospect> selectedProperty() {
        return selected;
    }

    public ObservableList<Deal> selectedDeals() {
        return selectedDeals;
    }

    public ObservableList<TimelineRow> timeline() {
        return timeline;
    }

    public ReadOnlyBooleanProperty moreTimelineProperty() {
        return moreTimeline.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Prospect> pendingDeleteProperty() {
        return pendingDelete.getReadOnlyProperty();
    }
}
