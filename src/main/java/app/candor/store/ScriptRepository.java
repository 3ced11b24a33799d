package app.candor.store;

import app.candor.domain.Script;
import java.util.List;
import java.util.Optional;

/** The user's own scripts (built-ins ship with the app and are never stored). */
public interface ScriptRepository {

    List<Script> all();

    Optional<Script> find(String id);

    /** Adds or replaces the user script with this id. */
    void save(Script script);

    void delete(String id);
}
