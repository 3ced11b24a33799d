package app.candor.reliability;

import app.candor.app.Wiring;
import app.candor.domain.Direction;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Prospect;
import app.candor.app.Assembly;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * Run in its own JVM by the reliability tests: logs interactions in a loop and prints each id on its own line
 * after its commit returned, until killed or {@code args[1]} interactions are written.
 */
public final class InteractionWriter {

    private InteractionWriter() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        String who = args.length > 2 ? args[2] : "writer";
        Clock clock = Clock.systemUTC();
        try (Assembly core = Wiring.assemble(db, db.getParent(), clock, Locale.UK)) {
            long prospect = core.prospects().add(Prospect.create(who, "", "", "", "", "", clock.instant())).id();
            System.out.println("ready");
            System.out.flush();
            for (int i = 0; i < count; i++) {
                Interaction logged = core.interactions().log(Interaction.log(prospect, null, InteractionKind.CALL,
                        i % 2 == 0 ? Direction.OUTBOUND : Direction.TWO_WAY, clock.instant(), who + " call " + i, null));
                System.out.println(logged.id());
                System.out.flush();
            }
        }
    }
}
