package io.kubereach.source.live;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubereach.text.Message;
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
        return GapReasons.english(GapReasons.of(status));
    }

    /**
     * The failure of an activity as one line.
     *
     * @param doing what was being done ("listing Pods in any namespace")
     * @param may the same as what the user may not do, when refused ("list Pods in any namespace")
     */
    ClusterAccessException failure(Message doing, Message may, Throwable e) {
        return new ClusterAccessException(describe(doing, may, e), e);
    }

    private Message describe(Message doing, Message may, Throwable e) {
        String server = clean(String.valueOf(context.server()));
        String name = clean(String.valueOf(context.name()));
        int status = status(e);
        if (status == 401) {
            return Message.of("clusterError.unauthorized", server, name);
        }
        if (status == 403) {
            return Message.of("clusterError.forbidden", name, may);
        }
        String detail = clean(text(e));
        if (status > 0) {
            return detail.isBlank() ? Message.of("clusterError.status", doing, server, name, String.valueOf(status))
                    : Message.of("clusterError.statusText", doing, server, name, String.valueOf(status), detail);
        }
        if (rootOf(e, UnknownHostException.class) != null) {
            return Message.of("clusterError.unknownHost", server, name);
        }
        if (rootOf(e, ConnectException.class) != null || rootOf(e, NoRouteToHostException.class) != null) {
            return Message.of("clusterError.refused", server, name);
        }
        if (rootOf(e, SSLException.class) != null || rootOf(e, java.security.cert.CertificateException.class) != null) {
            return Message.of("clusterError.tls", server, name);
        }
        if (rootOf(e, SocketTimeoutException.class) != null || rootOf(e, TimeoutException.class) != null
                || text(e).toLowerCase(Locale.ROOT).contains("timed out") || text(e).toLowerCase(Locale.ROOT).contains("timeout")) {
            return Message.of("clusterError.timeout", server, name, doing);
        }
        String type = e.getClass().getSimpleName();
        return detail.isBlank() ? Message.of("clusterError.failed", doing, name, type)
                : Message.of("clusterError.failedText", doing, name, type, detail);
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
