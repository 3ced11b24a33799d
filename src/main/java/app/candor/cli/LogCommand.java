package app.candor.cli;

import app.candor.domain.Deal;
import app.candor.domain.Direction;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Outcome;
import app.candor.domain.Prospect;
import app.candor.domain.Refused;
import app.candor.domain.Text;
import app.candor.domain.WhoseMove;
import app.candor.followup.FollowUpService;
import app.candor.followup.Services;
import app.candor.followup.When;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code candor log EMAIL --kind call --summary TEXT}: a touch logged from a script, as the quick log does. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Log a call, email, meeting, message or note with a prospect, found by email address, and what"
                + " it settled on the deal (a check-in agreed, whose move it is now). Prints what was saved.")
public final class LogCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EMAIL", description = "The prospect's email address.")
    String email;

    @Option(names = "--kind", required = true, paramLabel = "call|email|meeting|message|note")
    String kind;

    @Option(names = "--direction", defaultValue = "outbound", paramLabel = "outbound|inbound|two-way",
            description = "outbound: you reached out; inbound: they did; two-way: you spoke. Default: ${DEFAULT-VALUE}.")
    String direction;

    @Option(names = "--at", paramLabel = "WHEN", defaultValue = "now",
            description = "When it happened: now (the default), \"yesterday 15:00\", \"monday 9:30\", 2026-11-30 15:00.")
    String at;

    @Option(names = "--outcome", paramLabel = "OUTCOME", description = "no-answer, left-voicemail, replied,"
            + " promised-to-get-back, proposal-sent, said-no or not-now.")
    String outcome;

    @Option(names = "--deal", paramLabel = "DEAL_ID", description = "The deal it was about; by default the prospect's"
            + " only open deal, if there is exactly one.")
    Long dealId;

    @Option(names = "--check-in", paramLabel = "DAY", description = "A day you agreed to get back to each other"
            + " (their move until then).")
    String checkIn;

    @Option(names = "--whose-move", paramLabel = "ours|theirs", description = "Whose move it is afterwards.")
    String whoseMove;

    @Option(names = "--summary", required = true, paramLabel = "TEXT", description = "What was said, in a line or two.")
    String summary;

    private final CandorCommand root;

    LogCommand(CandorCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Services core = root.open()) {
            Prospect prospect = core.prospects().findByEmail(email).orElseThrow(() -> Refused.because("refused.cli.noEmail",
                    Text.visible(email.strip(), false)));
            Long deal = dealId;
            if (deal != null) {
                Deal chosen = core.deals().find(deal).orElseThrow(() -> Refused.because("refused.deal.none", dealId));
                if (chosen.prospectId() != prospect.id()) {
                    throw Refused.because("refused.cli.notTheirDeal", dealId, Text.visible(prospect.name(), false));
                }
            } else {
                List<Deal> open = core.prospects().openDeals(prospect.id());
                deal = open.size() == 1 ? open.get(0).id() : null;
            }
            Instant when = When.moment(at, core.clock().instant(), core.zone());
            Interaction touch = Interaction.log(prospect.id(), deal,
                    InteractionKind.fromCode(kind.strip().toLowerCase(Locale.ROOT)),
                    Direction.fromCode(direction.strip().toLowerCase(Locale.ROOT)), when, summary.strip(),
                    outcome == null ? null : Outcome.fromCode(outcome.strip().toLowerCase(Locale.ROOT)));
            LocalDate today = core.followUps().today();
            LocalDate day = checkIn == null ? null : When.day(checkIn, today, true);
            WhoseMove move = whoseMove == null ? null : WhoseMove.fromCode(whoseMove.strip().toLowerCase(Locale.ROOT));
            FollowUpService.Logged logged = core.followUps().log(touch, day, move, today);
            PrintWriter out = root.out();
            Interaction saved = logged.interaction();
            out.printf("Logged %s (%s) with %s <%s> at %s%s: %s%n", saved.kind().code(), saved.direction().code(),
                    Text.visible(prospect.name(), false), Text.visible(prospect.email(), false),
                    DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").format(saved.occurredAt().atZone(core.zone())),
                    deal == null ? "" : ", deal " + deal, Text.visible(saved.summary(), false));
            if (saved.outcome() != null) {
                out.println("  outcome: " + saved.outcome().code());
            }
            if (logged.deal() != null) {
                logged.deal().changes().forEach(line -> out.println("  " + Text.visible(line, false)));
            }
            out.flush();
        }
        return 0;
    }
}
