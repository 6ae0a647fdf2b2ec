package io.kubereach.source.live;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubereach.text.Message;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
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
    private final Secrets secrets;

    private final ResponseLimit responseLimit;

    ClusterErrors(KubeContext context, java.util.Collection<String> secrets) {
        this(context, new Secrets(secrets), new ResponseLimit(Long.MAX_VALUE));
    }

    /**
     * Errors of a context whose credentials are {@code secrets}, read through a client whose answers
     * {@code responseLimit} cuts off.
     */
    ClusterErrors(KubeContext context, Secrets secrets, ResponseLimit responseLimit) {
        this.context = context;
        this.secrets = secrets;
        this.responseLimit = responseLimit;
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
        if (rootOf(e, ResponseLimit.TooLarge.class) != null || responseLimit.cutOff()) {
            return Message.of("clusterError.tooLarge", doing, server, name, responseLimit.maxBytes() >> 20);
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
        if (notTls(e)) {
            return Message.of("clusterError.notTls", server, name);
        }
        if (rootOf(e, java.security.cert.CertificateException.class) != null) {
            return Message.of("clusterError.tls", server, name);
        }
        if (rootOf(e, SSLException.class) != null) {
            return Message.of("clusterError.handshake", server, name);
        }
        if (rootOf(e, SocketTimeoutException.class) != null || rootOf(e, TimeoutException.class) != null
                || text(e).toLowerCase(Locale.ROOT).contains("timed out") || text(e).toLowerCase(Locale.ROOT).contains("timeout")) {
            return Message.of("clusterError.timeout", server, name, doing);
        }
        return detail.isBlank() ? Message.of("clusterError.failed", doing, name) : Message.of("clusterError.failedText", doing, name, detail);
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

    private static <T extends Throwable> T rootOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * Whether the server answered a TLS handshake with something that is not TLS at all (a plain
     * HTTP server behind an {@code https://} URL), rather than with a certificate we do not trust.
     */
    private static boolean notTls(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage());
            if (t.getClass().getSimpleName().equals("NotSslRecordException") || text.contains("not an SSL/TLS record")
                    || text.contains("Unsupported or unrecognized SSL message") || text.contains("plaintext connection")) {
                return true;
            }
        }
        return false;
    }

    /** That a load took longer than its deadline allows. */
    ClusterAccessException deadlinePassed(java.time.Duration deadline, Throwable e) {
        return new ClusterAccessException(Message.of("clusterError.deadline", clean(String.valueOf(context.server())),
                clean(String.valueOf(context.name())), deadline.toMinutes() > 0 ? deadline.toMinutes() + " min" : deadline.toSeconds() + " s"), e);
    }

    /** That a list would page forever: the same continue token twice, or more pages than allowed. */
    ClusterAccessException endlessPaging(Message phrase, boolean repeated, int maxPages) {
        String server = clean(String.valueOf(context.server()));
        String name = clean(String.valueOf(context.name()));
        return new ClusterAccessException(repeated ? Message.of("clusterError.repeatedContinue", Message.of("clusterError.doing.listing", phrase),
                server, name) : Message.of("clusterError.tooManyPages", Message.of("clusterError.doing.listing", phrase), server, name, maxPages));
    }

    /** A text with every secret of the context, URL user-info and authorization value blanked out. */
    String clean(String text) {
        return secrets.clean(text);
    }
}
