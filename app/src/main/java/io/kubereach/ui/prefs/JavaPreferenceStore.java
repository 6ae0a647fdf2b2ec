package io.kubereach.ui.prefs;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The user's preferences through {@code java.util.prefs}, under the node {@value #NODE} (on Linux
 * {@code ~/.java/.userPrefs/io/kubereach/desktop/prefs.xml}, on Windows the registry, on macOS a
 * plist). A store that cannot be written loses the values quietly: preferences are a comfort.
 */
public final class JavaPreferenceStore implements PreferenceStore {

    /** The preferences node of the desktop app. */
    public static final String NODE = "/io/kubereach/desktop";

    private final Preferences node;

    /** The user's store. */
    public JavaPreferenceStore() {
        this(Preferences.userRoot().node(NODE));
    }

    /** A store on a given node. */
    public JavaPreferenceStore(Preferences node) {
        this.node = node;
    }

    @Override
    public Optional<String> get(String name) {
        return Optional.ofNullable(node.get(name, null));
    }

    @Override
    public void put(String name, String value) {
        node.put(name, value);
        flush();
    }

    @Override
    public void remove(String name) {
        node.remove(name);
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | SecurityException e) {
            // nothing to do: the value stays for this run
        }
    }
}
