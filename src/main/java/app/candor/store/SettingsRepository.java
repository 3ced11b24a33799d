package app.candor.store;

import java.util.Optional;

/** Small named preferences kept with the data, such as the user's name for scripts. */
public interface SettingsRepository {

    Optional<String> get(String key);

    void put(String key, String value);
}
