package app.candor.rules;

import app.candor.domain.Severity;
import java.util.List;
import java.util.Map;

/**
 * How one rule behaves: whether it runs, how strong its alerts are, which scripts it suggests in order, and its
 * numeric parameters (such as {@code attempts} or {@code businessDays}).
 */
public record RuleConfig(boolean enabled, Severity severity, Severity escalatedSeverity, List<String> scripts,
                         Map<String, Integer> parameters) {

    public RuleConfig {
        scripts = List.copyOf(scripts);
        parameters = Map.copyOf(parameters);
    }

    public int parameter(String name) {
        Integer value = parameters.get(name);
        if (value == null) {
            throw new IllegalStateException("Rule parameter '" + name + "' is not set");
        }
        return value;
    }
}
