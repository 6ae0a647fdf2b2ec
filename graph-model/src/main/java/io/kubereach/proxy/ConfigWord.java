package io.kubereach.proxy;

import java.util.Locale;
import java.util.Optional;

/** A choice that kube-proxy's configuration names by one lower-case word (a mode, an IPVS scheduler). */
interface ConfigWord {

    /** The word as kube-proxy's configuration writes it. */
    String word();

    /** The choice a word names, read case-insensitively; empty when it is none of {@code choices}. */
    static <T extends ConfigWord> Optional<T> parse(T[] choices, String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (T choice : choices) {
            if (choice.word().equals(t)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }
}
