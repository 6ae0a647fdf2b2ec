package io.kubereach.ui.view;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.text.Font;

/**
 * Finds a font family with Chinese glyphs among those installed, so Chinese text never shows as
 * empty boxes: Noto Sans CJK, Source Han Sans, WenQuanYi, the platforms' own (Microsoft YaHei,
 * PingFang), Droid Sans Fallback. Empty when none is installed: JavaFX's own fallback is left to
 * do what it can.
 */
public final class CjkFont {

    /** Preferred families, best first. */
    static final List<String> CANDIDATES = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC", "Hiragino Sans GB",
            "Noto Sans CJK JP", "Droid Sans Fallback", "SimHei", "SimSun");

    private static Optional<String> found;

    private CjkFont() {
    }

    /** The best installed family with Chinese glyphs, if any (looked up once). */
    public static synchronized Optional<String> family() {
        if (found == null) {
            found = choose(new TreeSet<>(Font.getFamilies()));
        }
        return found;
    }

    /** The best of the candidates among the installed families. */
    static Optional<String> choose(Set<String> installed) {
        return CANDIDATES.stream().filter(installed::contains).findFirst();
    }
}
