package app.candor.rules;

import app.candor.text.Catalogue;
import java.util.List;

/**
 * The rules in force and, when the user's file was refused, why: each problem names the JSON path and line.
 * A refused file means the defaults are in force; the user's file is never rewritten.
 */
public record RulesLoad(RuleSet rules, List<String> problems) {

    public RulesLoad {
        problems = List.copyOf(problems);
    }

    public boolean usingDefaultsBecauseOfProblems() {
        return !problems.isEmpty();
    }

    /** One plain message for a dialog or stderr, or empty when all is well. */
    public String summary(String fileName) {
        if (problems.isEmpty()) {
            return "";
        }
        return Catalogue.personal().text("rules.file.notUsed", fileName, String.join("\n  ", problems));
    }
}
