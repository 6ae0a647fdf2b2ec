package io.kubereach.source.live;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Turns what fabric8 throws into one line that says what went wrong with which context, never a
 * stack trace and never a credential: every secret of the context's user entry is blanked out
 * of whatever text a server or library put in a message.
 */
final class ClusterErrors {

    private final KubeContext context;
    private final List<String> secrets;

    ClusterErrors(KubeContext context, java.util.Collection<String> secrets) {
        this.context = context;
        this.secrets = List.copyOf(secrets);
    }

    /** The HTTP status of a failed request, 0 when it never got an answer. */
    static int status(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof KubernetesClientException k && k.getCode() > 0) {
                return k.getCode();
            }
        }
        return 0;
    }

    /** A short reason for an HTTP status, as a gap records it: {@code forbidden (403)}. */
    static String reason(int status) {
        return switch (status) {
            case 401 -> "unauthorized (401)";
            case 403 -> "forbidden (403)";
            case 404 -> "not served by this API server (404)";
            case 410 -> "expired (410)";
            default -> "HTTP " + status;
        };
    }

    /** The failure of {@code doing} (e.g. "listing Pods") as one line. */
    ClusterAccessException failure(String doing, Throwable e) {
        return new ClusterAccessException(clean(describe(doing, e)), e);
    }

    private String describe(String doing, Throwable e) {
        String server = context.server();
        String of = " of context '" + context.name() + "'";
        int status = status(e);
        if (status == 401) {
            return "the API server " + server + " rejected the credentials" + of
                    + " (401 Unauthorized): they are missing or have expired; log in again and retry";
        }
        if (status == 403) {
            return "the user" + of + " may not " + doing.replaceFirst("^listing", "list").replaceFirst("^reading", "read")
                    .replaceFirst("^watching", "watch") + " (403 Forbidden)";
        }
        if (status > 0) {
            return doing + " failed: the API server " + server + of + " answered HTTP " + status + message(e);
        }
        Throwable cause = rootOf(e, UnknownHostException.class);
        if (cause != null) {
            return "cannot reach the API server " + server + of + ": unknown host";
        }
        if (rootOf(e, ConnectException.class) != null || rootOf(e, NoRouteToHostException.class) != null) {
            return "cannot reach the API server " + server + of + ": connection refused or no route to it";
        }
        if (rootOf(e, SSLException.class) != null || rootOf(e, java.security.cert.CertificateException.class) != null) {
            return "cannot verify the TLS certificate of the API server " + server + of
                    + ": the kubeconfig's certificate-authority does not vouch for it";
        }
        if (rootOf(e, SocketTimeoutException.class) != null || rootOf(e, TimeoutException.class) != null
                || text(e).toLowerCase(Locale.ROOT).contains("timed out") || text(e).toLowerCase(Locale.ROOT).contains("timeout")) {
            return "the API server " + server + of + " did not answer in time (" + doing + ")";
        }
        return doing + " failed" + of + ": " + e.getClass().getSimpleName() + message(e);
    }

    private static String message(Throwable e) {
        String text = text(e);
        return text.isBlank() ? "" : ": " + text;
    }

    /** The first line of the innermost message, which says most. */
    private static String text(Throwable e) {
        String found = "";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                found = t.getMessage();
            }
        }
        return found.lines().findFirst().orElse("").trim();
    }

    private static Throwable rootOf(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    /** A text with every secret of the context blanked out. */
    String clean(String text) {
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, "***");
        }
        return out;
    }
}
