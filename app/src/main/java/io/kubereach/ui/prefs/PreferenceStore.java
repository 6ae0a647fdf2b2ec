package io.kubereach.ui.prefs;

import java.util.Optional;

/**
 * Where the app keeps what it remembers between runs, as text under names. The app uses
 * {@link JavaPreferenceStore} (java.util.prefs); tests use {@link MemoryPreferenceStore}.
 */
public interface PreferenceStore {

    /** The value of a name, if one was stored. */
    Optional<String> get(String name);

    /** Stores a value under a name. */
    void put(String name, String value);

    /** Forgets a name. */
    void remove(String name);
}
