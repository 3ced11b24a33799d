package app.candor.rules;

import app.candor.domain.RuleId;
import app.candor.domain.Severity;
import app.candor.text.Catalogue;
import java.time.LocalDate;
import java.util.List;

/**
 * One rule, defined once: from which day it fires for a deal's facts (and at which severity), and why, in words.
 * The engine evaluates a day and keeps the store's schedule from the same definition, so the two cannot differ.
 */
interface Rule {

    /** A severity a rule fires with from a day on (and, for a rule that ends, up to a last day). */
    record Firing(Severity severity, LocalDate from, LocalDate until) {

        boolean on(LocalDate day) {
            return !day.isBefore(from) && (until == null || !day.isAfter(until));
        }
    }

    RuleId id();

    /** When the rule fires for these facts, as long as they stay the same; empty when it does not. */
    List<Firing> firings(Judged deal);

    /** Why it fires on {@code today}, in the words the person reads, from {@code words}. */
    String why(Judged deal, LocalDate today, Catalogue words);
}
