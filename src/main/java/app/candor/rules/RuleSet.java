package app.candor.rules;

import app.candor.domain.RuleId;
import app.candor.domain.Stage;
import java.util.EnumMap;
import java.util.Map;

/**
 * The complete, validated configuration of the rules: thresholds per stage, each rule, the queue cap, and after how
 * many days without a word a lead moves from the queue to the revive list, and how many prospects of a large
 * import join the queue a day.
 */
public record RuleSet(Map<Stage, Integer> noResponseDays, Map<RuleId, RuleConfig> rules, int queueCap,
                      int reviveAfterDays, int arrivalsPerDay) {

    public RuleSet {
        noResponseDays = Map.copyOf(new EnumMap<>(noResponseDays));
        rules = Map.copyOf(new EnumMap<>(rules));
        for (RuleId id : RuleId.values()) {
            if (!rules.containsKey(id)) {
                throw new IllegalArgumentException("Rule '" + id.code() + "' has no configuration");
            }
        }
        for (Stage stage : Stage.values()) {
            if (stage.isOpen() && !noResponseDays.containsKey(stage)) {
                throw new IllegalArgumentException("Stage '" + stage.code() + "' has no no-response threshold");
            }
        }
    }

    public RuleConfig rule(RuleId id) {
        return rules.get(id);
    }

    public int noResponseDays(Stage stage) {
        return noResponseDays.get(stage);
    }
}
