package app.candor.cli;

import app.candor.domain.Channel;
import app.candor.domain.Refused;
import app.candor.domain.Script;
import app.candor.domain.Text;
import app.candor.followup.Services;
import app.candor.scripts.ScriptRenderer;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code candor script ID --deal N}: one script rendered with the deal's facts, ready to copy. */
@Command(name = "script", mixinStandardHelpOptions = true,
        description = "Print a script rendered with a deal's facts. Missing values are named; nothing half-filled is printed.")
public final class ScriptCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "The script id (see `candor scripts`).")
    String id;

    @Option(names = "--deal", required = true, paramLabel = "DEAL_ID", description = "The deal (ids are in `candor alerts`).")
    long dealId;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Fill or override a value, e.g. --set proposedDate=2026-12-01.")
    Map<String, String> values = new LinkedHashMap<>();

    @Option(names = "--channel", paramLabel = "phone|email", description = "Print only the phone or the email variant.")
    String channel;

    private final CandorCommand root;

    ScriptCommand(CandorCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try (Services core = root.open()) {
            Script script = core.scripts().find(id).orElseThrow(() -> Refused.because("refused.cli.noScript", id));
            Map<String, String> all = core.scripts().withTyped(
                    core.scripts().valuesForDeal(dealId, core.followUps().today()), values);
            ScriptRenderer.Rendering r = ScriptRenderer.render(script, all);
            if (!r.complete()) {
                root.err().printf("candor: cannot render '%s' for deal %d: missing %s. Pass them with --set NAME=VALUE"
                        + " (dates as YYYY-MM-DD).%n", id, dealId, String.join(", ", r.missing()));
                root.err().flush();
                return Cli.FAILED;
            }
            boolean phone = script.channel().hasPhone() && !"email".equals(channel);
            boolean email = script.channel().hasEmail() && !"phone".equals(channel);
            if (!phone && !email) {
                throw Refused.because("refused.cli.noVariant", id, channel);
            }
            PrintWriter out = root.out();
            if (phone) {
                if (email) {
                    out.println(script.channel() == Channel.CARD ? "Card:" : "Phone:");
                }
                out.println(Text.visible(r.phoneText(), true));
            }
            if (email) {
                if (phone) {
                    out.println();
                    out.println("Email:");
                }
                out.println("Subject: " + Text.visible(r.emailSubject(), false));
                out.println();
                out.println(Text.visible(r.emailBody(), true));
            }
            out.flush();
        }
        return 0;
    }
}
