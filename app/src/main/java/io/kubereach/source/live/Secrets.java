package io.kubereach.source.live;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The credentials of one context, to be blanked out ({@code ***}) of every text a server, a
 * library or a plugin puts into a message: tokens (inline, from a token file, from a credential
 * plugin — including those a plugin gives later), passwords and the Basic authorization header
 * made of them, client keys, auth-provider values. Whatever was not known in advance is caught by
 * shape: a URL's user-info ({@code https://user:pass@host}) and any {@code Bearer …} or
 * {@code Basic …} value.
 */
final class Secrets {

    /** Shorter values are not blanked: they would blank ordinary words. */
    private static final int SHORTEST = 6;
    private static final Pattern USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/@\\s]+@");
    private static final Pattern AUTHORIZATION = Pattern.compile("(?i)\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]+");

    private final Set<String> values = ConcurrentHashMap.newKeySet();
    /** The values, longest first (so a secret that contains another is blanked whole). */
    private volatile List<String> longestFirst = List.of();

    Secrets(Collection<String> known) {
        known.forEach(this::add);
    }

    /** A secret to blank from now on (ignored when null or too short to be one). */
    void add(String secret) {
        if (secret != null && secret.trim().length() >= SHORTEST && values.add(secret.trim())) {
            longestFirst = values.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        }
    }

    /** A user name and password: the password, and the Basic authorization value made of both. */
    void addBasic(String user, String password) {
        if (password == null || password.isEmpty()) {
            return;
        }
        add(password);
        add(Base64.getEncoder().encodeToString(((user == null ? "" : user) + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** The text with every known secret, URL user-info and authorization value blanked out. */
    String clean(String text) {
        String out = text;
        for (String secret : longestFirst) {
            if (out.contains(secret)) {
                out = out.replace(secret, "***");
            }
        }
        if (out.contains("://")) {
            out = USER_INFO.matcher(out).replaceAll("$1***@");
        }
        String lower = out.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("bearer") || lower.contains("basic")) {
            out = AUTHORIZATION.matcher(out).replaceAll("$1 ***");
        }
        return out;
    }
}
