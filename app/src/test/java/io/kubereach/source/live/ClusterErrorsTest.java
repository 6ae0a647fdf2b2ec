package io.kubereach.source.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubereach.model.GapReason;
import io.kubereach.text.Message;
import io.kubereach.text.MessageText;
import java.net.ConnectException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("cluster errors in one line")
class ClusterErrorsTest {

    private final ClusterErrors errors = new ClusterErrors(new KubeContext("prod", "c", "u", "", "https://127.0.0.1:6443"),
            List.of("s3cret-t0ken"));

    private static KubernetesClientException http(int code, String message) {
        return new KubernetesClientException(new StatusBuilder().withCode(code).withMessage(message).build());
    }

    private static ClusterAccessException listing(ClusterErrors errors, String kinds, Throwable e) {
        return errors.failure(Message.of("clusterError.doing.listing", kinds), Message.of("clusterError.may.list", kinds), e);
    }

    private static ClusterAccessException connecting(ClusterErrors errors, Throwable e) {
        return errors.failure(Message.of("clusterError.doing.connecting"), Message.of("clusterError.may.connecting"), e);
    }

    @Test
    @DisplayName("a secret of the context never survives into a message, whatever the server said")
    void secretsAreBlanked() {
        String message = listing(errors, "Pods", http(500, "bad token s3cret-t0ken in request")).getMessage();
        assertThat(message).doesNotContain("s3cret-t0ken").contains("***")
                .startsWith("listing Pods failed: the API server https://127.0.0.1:6443 of context 'prod' answered HTTP 500");
    }

    @Test
    @DisplayName("refused credentials, a refused request and a refused connection each say what happened")
    void describesFailures() {
        assertThat(connecting(errors, http(401, "Unauthorized")).getMessage()).isEqualTo(
                "the API server https://127.0.0.1:6443 rejected the credentials of context 'prod' (401 Unauthorized):"
                        + " they are missing or have expired; log in again and retry");
        assertThat(listing(errors, "Nodes", http(403, "forbidden")).getMessage())
                .isEqualTo("the user of context 'prod' may not list Nodes (403 Forbidden)");
        assertThat(connecting(errors, new KubernetesClientException("failed", new ConnectException("Connection refused")))
                .getMessage()).isEqualTo("cannot reach the API server https://127.0.0.1:6443 of context 'prod': connection refused or no"
                + " route to it");
    }

    @Test
    @DisplayName("statuses read as gap reasons")
    void reasons() {
        assertThat(ClusterErrors.status(http(403, "x"))).isEqualTo(403);
        assertThat(ClusterErrors.status(new RuntimeException("no answer"))).isZero();
        assertThat(MessageText.english(GapReason.status(403).message())).isEqualTo("forbidden (403)");
        assertThat(MessageText.english(GapReason.status(404).message())).isEqualTo("not served by this API server (404)");
    }
}
