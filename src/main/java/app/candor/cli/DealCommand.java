package app.candor.cli;

import app.candor.domain.Deal;
import app.candor.domain.Refused;
import app.candor.domain.Text;
import app.candor.followup.DealChanges;
import app.candor.followup.DealService;
import app.candor.followup.Services;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code candor deal ID [--set field=value]...}: a deal's fields, or changes to them. */
@Command(name = "deal", mixinStandardHelpOptions = true,
        description = "Show a deal, or change its fields with --set: stage, value, currency, whose_move, next_step,"
                + " agreed_checkin, decision_maker_known, title. Prints what changed; a bad value changes nothing.")
public final class DealCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DEAL_ID", description = "The deal (ids are in `candor alerts`).")
    long dealId;

    @Option(names = "--set", paramLabel = "FIELD=VALUE", description = "e.g. --set stage=proposal --set"
            + " agreed_checkin=2026-12-15 --set decision_maker_known=yes; an empty value clears a check-in.")
    List<String> assignments = new ArrayList<>();

    private final CandorCommand root;

    DealCommand(CandorCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Services core = root.open()) {
            PrintWriter out = root.out();
            if (assignments.isEmpty()) {
                Deal deal = core.deals().find(dealId).orElseThrow(() -> Refused.because("refused.deal.none", dealId));
                print(out, deal);
                return 0;
            }
            DealService.Edited edited = core.deals().edit(dealId, DealChanges.parse(assignments));
            out.printf("Deal %d \"%s\":%n", dealId, Text.visible(edited.after().title(), false));
            if (edited.changes().isEmpty()) {
                out.println("  nothing changed");
            }
            edited.changes().forEach(line -> out.println("  " + Text.visible(line, false)));
            out.flush();
        }
        return 0;
    }

    private static void print(PrintWriter out, Deal d) {
        out.printf("Deal %d \"%s\"%n", d.id(), Text.visible(d.title(), false));
        out.println("  stage: " + d.stage().code());
        out.println("  value: " + d.value());
        out.println("  whose move: " + d.whoseMove().inWords());
        out.println("  next step: " + (d.nextStep().isEmpty() ? "(none)" : Text.visible(d.nextStep(), false)));
        out.println("  agreed check-in: " + (d.agreedCheckIn() == null ? "(none)" : d.agreedCheckIn()));
        out.println("  decision maker known: " + (d.decisionMakerKnown() ? "yes" : "no"));
        out.flush();
    }
}
