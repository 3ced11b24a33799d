package app.candor.followup;

import app.candor.domain.FollowUpFacts;
import app.candor.domain.Refused;
import app.candor.domain.Script;
import app.candor.scripts.PressureCheck;
import app.candor.scripts.ScriptRenderer;
import app.candor.scripts.ScriptValues;
import app.candor.store.DealRepository;
import app.candor.store.FollowUpRepository;
import app.candor.store.ScriptRepository;
import app.candor.store.SettingsRepository;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The script library as the user sees it: read-only built-ins plus their own scripts, and rendering for a deal. */
public final class ScriptService {

    public static final String MY_NAME = "myName";

    private final Supplier<List<Script>> builtInsSource;
    private List<Script> builtIns;
    private final ScriptRepository userScripts;
    private final DealRepository deals;
    private final FollowUpRepository followUps;
    private final SettingsRepository settings;
    private final Locale locale;
    private final ZoneId zone;

    /** {@code builtIns} is read on first use: most commands never need the library. */
    private final java.util.function.Supplier<PressureCheck> pressureSource;
    private PressureCheck pressure;

    public ScriptService(Supplier<List<Script>> builtIns, ScriptRepository userScripts, DealRepository deals,
                         FollowUpRepository followUps, SettingsRepository settings, Locale locale, ZoneId zone,
                         java.util.function.Supplier<PressureCheck> pressure) {
        this.pressureSource = pressure;
        this.builtInsSource = builtIns;
        this.userScripts = userScripts;
        this.deals = deals;
        this.followUps = followUps;
        this.settings = settings;
        this.locale = locale;
        this.zone = zone;
    }

    /**
     * The pressure check the screens use, made when first asked for (its model then read in the background), so
     * a command that never checks wording never reads it.
     */
    public synchronized PressureCheck pressureCheck() {
        if (pressure == null) {
            pressure = pressureSource.get();
        }
        return pressure;
    }

    /** Built-ins first (in library order), then the user's own by title. */
    public List<Script> all() {
        List<Script> all = new ArrayList<>(builtIns());
        all.addAll(userScripts.all());
        return all;
    }

    public Optional<Script> find(String id) {
        return builtIns().stream().filter(s -> s.id().equals(id)).findFirst().or(() -> userScripts.find(id));
    }

    /** Saves a user script after checking its templates; a built-in id cannot be taken. */
    public void save(Script script) {
        if (builtIns().stream().anyMatch(s -> s.id().equals(script.id()))) {
            throw Refused.because("refused.script.builtIn", script.id());
        }
        ScriptRenderer.validate(script);
        userScripts.save(new Script(script.id(), script.title(), script.principle(), script.source(), script.channel(),
                script.emailSubject(), script.emailBody(), script.phoneBody(), false));
    }

    public void delete(String id) {
        if (builtIns().stream().anyMatch(s -> s.id().equals(id))) {
            throw Refused.because("refused.script.builtInDelete", id);
        }
        userScripts.delete(id);
    }

    /** An editable copy of any script, under a free id such as {@code ok-to-say-no-copy}. */
    public Script duplicate(String id) {
        Script original = find(id).orElseThrow(() -> Refused.because("refused.script.none", id));
        String newId = id + "-copy";
        for (int n = 2; find(newId).isPresent(); n++) {
            newId = id + "-copy-" + n;
        }
        Script copy = original.copyAs(newId, original.title() + " (my version)");
        save(copy);
        return copy;
    }

    /** The placeholder values the deal's facts supply, with a suggested date a week ahead. */
    public Map<String, String> valuesForDeal(long dealId, LocalDate today) {
        long prospectId = deals.find(dealId).orElseThrow(() -> Refused.because("refused.deal.noneListed", dealId)).prospectId();
        FollowUpFacts facts = followUps.followUpFacts(prospectId).stream()
                .filter(f -> f.dealId() != null && f.dealId() == dealId).findFirst().orElseThrow();
        return valuesFor(facts, today);
    }

    public Map<String, String> valuesFor(FollowUpFacts facts, LocalDate today) {
        return ScriptValues.of(facts, settings.get(MY_NAME).orElse(""), ScriptValues.suggestedDate(today), locale, zone);
    }

    private synchronized List<Script> builtIns() {
        if (builtIns == null) {
            builtIns = List.copyOf(builtInsSource.get());
        }
        return builtIns;
    }

    /**
     * A deal's values with what the person typed or passed over them (blank entries ignored): names checked,
     * dates written in the person's style. The one way for the screen and the command line alike.
     */
    public Map<String, String> withTyped(Map<String, String> values, Map<String, String> typed) {
        Map<String, String> given = new java.util.LinkedHashMap<>();
        typed.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                given.put(name, value);
            }
        });
        return ScriptValues.withOverrides(values, given, locale);
    }

    public Locale locale() {
        return locale;
    }
}
