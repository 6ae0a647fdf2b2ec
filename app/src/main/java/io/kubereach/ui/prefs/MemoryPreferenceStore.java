package io.kubereach.ui.prefs;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link PreferenceStore} that lives as long as the object: for tests and for runs that must leave no trace. */
public final class MemoryPreferenceStore implements PreferenceStore {

    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    @Override
    public void put(String name, String value) {
        values.put(name, value);
    }

    @Override
    public void remove(String name) {
        values.remove(name);
    }
}
