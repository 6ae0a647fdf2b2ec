package io.kubereach.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.text.Language;
import io.kubereach.ui.source.ClusterSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("what the app remembers")
class AppPreferencesTest {

    private final MemoryPreferenceStore store = new MemoryPreferenceStore();
    private final AppPreferences prefs = new AppPreferences(store);

    @Test
    @DisplayName("nothing is remembered at first: no source, no size, the light theme, the system language")
    void defaults() {
        assertThat(prefs.lastSource()).isEmpty();
        assertThat(prefs.windowSize()).isEmpty();
        assertThat(prefs.theme()).isEqualTo(Theme.PRIMER_LIGHT);
        assertThat(prefs.language()).isEmpty();
    }

    @Test
    @DisplayName("the last source, the window size, the theme and the language come back")
    void remembers() {
        ClusterSource source = new ClusterSource.Manifests(List.of(Path.of("/tmp/x.yaml")));
        prefs.rememberSource(source);
        prefs.rememberWindowSize(1234.4, 777.6);
        prefs.rememberTheme(Theme.PRIMER_DARK);
        prefs.rememberLanguage(Language.SIMPLIFIED_CHINESE);
        AppPreferences again = new AppPreferences(store);
        assertThat(again.lastSource()).contains(source);
        assertThat(again.windowSize()).hasValueSatisfying(s -> assertThat(s).containsExactly(1234, 778));
        assertThat(again.theme()).isEqualTo(Theme.PRIMER_DARK);
        assertThat(again.language()).contains(Language.SIMPLIFIED_CHINESE);
    }

    @Test
    @DisplayName("values that do not read are ignored, and a tiny window grows to a usable size")
    void badValuesAreIgnored() {
        store.put("theme", "PURPLE");
        store.put("windowWidth", "wide");
        store.put("windowHeight", "10");
        store.put("lastSource", "nowhere");
        assertThat(prefs.theme()).isEqualTo(Theme.PRIMER_LIGHT);
        assertThat(prefs.windowSize()).isEmpty();
        assertThat(prefs.lastSource()).isEmpty();
        store.put("windowWidth", "100");
        assertThat(prefs.windowSize()).hasValueSatisfying(s -> assertThat(s).containsExactly(AppPreferences.MIN_WIDTH, AppPreferences.MIN_HEIGHT));
    }

    @Test
    @DisplayName("a start opens the source given, else the last one unless it was slow (then none: it is offered), else the demo")
    void opensUnasked() {
        ClusterSource given = new ClusterSource.Manifests(List.of(Path.of("/tmp/given")));
        ClusterSource large = new ClusterSource.Manifests(List.of(Path.of("/tmp/large")));
        assertThat(prefs.opensUnasked(Optional.empty())).contains(new ClusterSource.Demo());
        prefs.rememberSource(large);
        assertThat(prefs.opensUnasked(Optional.empty())).contains(large);
        prefs.rememberOpenCost(large, new AppPreferences.OpenCost(3_000, 2_000));
        assertThat(prefs.opensUnasked(Optional.empty())).contains(large);
        prefs.rememberOpenCost(large, new AppPreferences.OpenCost(37_000, 10_000));
        assertThat(prefs.opensUnasked(Optional.empty())).isEmpty();
        assertThat(prefs.opensUnasked(Optional.of(given))).contains(given);
    }

    @Test
    @DisplayName("how long the last source took to open comes back for that source only; over 8 s it is slow")
    void openCost() {
        ClusterSource large = new ClusterSource.Manifests(List.of(Path.of("/tmp/large")));
        prefs.rememberOpenCost(large, new AppPreferences.OpenCost(37_000, 10_000));
        assertThat(prefs.openCost(large)).hasValue(new AppPreferences.OpenCost(37_000, 10_000));
        assertThat(prefs.openCost(large).orElseThrow().slow()).isTrue();
        assertThat(prefs.openCost(new ClusterSource.Demo())).isEmpty();
        prefs.rememberOpenCost(new ClusterSource.Demo(), new AppPreferences.OpenCost(900, 19));
        assertThat(prefs.openCost(large)).as("only the last one is kept").isEmpty();
        assertThat(prefs.openCost(new ClusterSource.Demo()).orElseThrow().slow()).isFalse();
        store.put("lastOpenCost", "soon\t19\tdemo");
        assertThat(prefs.openCost(new ClusterSource.Demo())).isEmpty();
    }

    @Test
    @DisplayName("the java.util.prefs store keeps values under its node and forgets them when asked")
    void javaPreferencesStore() throws Exception {
        Preferences node = Preferences.userRoot().node("/io/kubereach/test-" + ProcessHandle.current().pid());
        try {
            JavaPreferenceStore javaStore = new JavaPreferenceStore(node);
            javaStore.put("theme", "PRIMER_DARK");
            assertThat(new JavaPreferenceStore(node).get("theme")).contains("PRIMER_DARK");
            javaStore.remove("theme");
            assertThat(javaStore.get("theme")).isEmpty();
        } finally {
            node.removeNode();
        }
    }
}
