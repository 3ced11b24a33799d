package app.candor.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One rule firing for one deal: who, why in plain words, and which scripts fit, strongest first.
 *
 * @param daysSinceResponse days since the last response, or since the deal opened when they never responded
 * @param lastResponse      the local date of the last response, null when there was none
 */
public record Alert(FollowUpFacts subject, RuleId rule, Severity severity, int daysSinceResponse,
                    LocalDate lastResponse, String explanation, List<String> scriptIds) {

    public Alert {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(explanation, "explanation");
        scriptIds = List.copyOf(scriptIds);
    }
}
