package app.candor.store;

import app.candor.domain.AlertEvent;
import app.candor.domain.CheckInChange;
import app.candor.domain.Deal;
import app.candor.domain.Interaction;
import app.candor.domain.Prospect;
import app.candor.domain.Script;
import app.candor.domain.Snooze;
import app.candor.domain.StageChange;

/**
 * Receives every stored record, one kind after another (settings, prospects, deals, interactions, check-in
 * changes, snoozes, user scripts, stage changes, alert events), each in id order, so a writer can stream them
 * without holding the data.
 */
public interface ExportSink {

    void setting(String key, String value) throws Exception;

    void prospect(Prospect prospect) throws Exception;

    void deal(Deal deal) throws Exception;

    void interaction(Interaction interaction) throws Exception;

    void checkIn(CheckInChange change) throws Exception;

    void snooze(Snooze snooze) throws Exception;

    void script(Script script) throws Exception;

    void stageChange(StageChange change) throws Exception;

    void alertEvent(AlertEvent event) throws Exception;

    /** Another email address of a prospect (schema V9); sinks that keep one address per prospect ignore it. */
    default void prospectAddress(long prospectId, String address) throws Exception {
    }
}
