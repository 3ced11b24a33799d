package app.candor.store;

import app.candor.rules.RuleEngine;
import app.candor.rules.RuleSetLoader;
import java.time.Clock;
import java.time.ZoneId;

/** The store's derived columns wired with the real rules engine and default rules, as Main wires them. */
public final class TestStore {
    private TestStore() {
    }

    public static Derived derived(ZoneId zone) {
        return new Derived(new RuleEngine(new RuleSetLoader().defaults(), Clock.system(zone), zone, java.util.Locale.UK), Clock.system(zone));
    }

    public static Derived derived() {
        return derived(ZoneId.of("UTC"));
    }
}
