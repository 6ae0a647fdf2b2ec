package io.kubereach.query;

import static io.kubereach.engine.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.IndexedEngine;
import io.kubereach.engine.Uncertainty;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ClusterSnapshotBuilder;
import io.kubereach.model.GapReason;
import io.kubereach.model.Pod;
import io.kubereach.model.PortProtocol;
import io.kubereach.model.Protocol;
import io.kubereach.model.Service;
import io.kubereach.model.ServicePort;
import io.kubereach.model.ServiceType;
import io.kubereach.model.SourceGap;
import io.kubereach.model.TargetPort;
import io.kubereach.report.AnswerText;
import io.kubereach.report.Connection;
import io.kubereach.report.ConnectionList;
import io.kubereach.text.MessageText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a source could not read stays unknown: it never turns into allowed. */
@DisplayName("answers that depend on NetworkPolicies the source could not read")
class UnknownAnswersTest {

    private static final SourceGap VAULT = new SourceGap("NetworkPolicy", "vault", GapReason.status(403));

    private final Pod client = pod("shop/client", "role=client", port("http", 8080, Protocol.TCP));
    private final Pod secret = pod("vault/secret", "app=secret", port("http", 8080, Protocol.TCP));

    private ClusterSnapshotBuilder twoNamespaces() {
        return cluster().pod(client).pod(secret);
    }

    private static ReachAnswer ask(ClusterSnapshot s, String from, String to, int port) {
        return new ReachQuestions(s, new IndexedEngine(s, EngineOptions.DEFAULTS)).ask(from, to, PortProtocol.tcp(port));
    }

    @Test
    @DisplayName("an allowed connection to a pod whose namespace's policies are unknown is unknown, with a note naming the gap")
    void allowedBecomesUnknown() {
        ClusterSnapshot s = twoNamespaces().gap(VAULT).build();
        ReachAnswer a = ask(s, "shop/client", "vault/secret", 8080);
        assertThat(a.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(a.line()).isEqualTo("shop/client vault/secret 8080/TCP unknown");
        assertThat(MessageText.english(a.notes())).containsExactly("the NetworkPolicies of namespace vault could not be read (forbidden (403)):"
                + " whether its pods may connect is unknown, not allowed");
        assertThat(ask(s, "vault/secret", "shop/client", 8080).outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    @DisplayName("without the gap the same question is allowed")
    void withoutGapAllowed() {
        assertThat(ask(twoNamespaces().build(), "shop/client", "vault/secret", 8080).outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    @DisplayName("a connection the fully read side denies stays denied: unknown policies can only take away")
    void knownDenialStands() {
        var isolateClient = policy("shop/deny", "role=client").ingress().build();
        ClusterSnapshot s = twoNamespaces().policy(isolateClient).gap(VAULT).build();
        assertThat(ask(s, "vault/secret", "shop/client", 8080).outcome()).isEqualTo(Outcome.DENIED);
    }

    @Test
    @DisplayName("a gap of another kind, or of another namespace, leaves the answer alone; a cluster-wide gap covers every namespace")
    void onlyPolicyGapsOfTheEndsCount() {
        assertThat(ask(twoNamespaces().gap(new SourceGap("Pod", "vault", GapReason.status(403))).build(), "shop/client", "vault/secret", 8080)
                .outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(ask(twoNamespaces().gap(new SourceGap("NetworkPolicy", "other", GapReason.status(403))).build(), "shop/client",
                "vault/secret", 8080).outcome()).isEqualTo(Outcome.ALLOWED);
        ClusterSnapshot everywhere = twoNamespaces().gap(new SourceGap("NetworkPolicy", "", GapReason.status(403))).build();
        ReachAnswer a = ask(everywhere, "shop/client", "203.0.113.7", 443);
        assertThat(a.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(MessageText.english(a.notes())).singleElement().satisfies(n -> assertThat(n).startsWith("the NetworkPolicies of any namespace could not be read"));
    }

    @Test
    @DisplayName("a Service whose backends lie in such a namespace is unknown, and the explanation marks each hop unknown")
    void serviceBackendsUnknown() {
        Service svc = new Service("vault", "secret", ServiceType.CLUSTER_IP, Optional.of(Map.of("app", "secret")),
                List.of(new ServicePort("http", Protocol.TCP, 80, new TargetPort.Named("http"), 0)), List.of(), false, "", false,
                Service.DEFAULT_AFFINITY_TIMEOUT, false);
        ClusterSnapshot s = twoNamespaces().service(svc).gap(VAULT).build();
        ReachAnswer a = ask(s, "shop/client", "svc:vault/secret", 80);
        assertThat(a.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(a.hops()).singleElement().satisfies(h -> {
            assertThat(h.unknown()).isTrue();
            assertThat(h.allowed()).isFalse();
        });
        assertThat(new AnswerText(s).lines(a)).anySatisfy(l -> assertThat(l).contains("vault/secret:8080: unknown"));
    }

    @Test
    @DisplayName("one unknown connection among several makes the whole answer unknown")
    void combining() {
        assertThat(Outcome.of(2, 1, 3)).isEqualTo(Outcome.UNKNOWN);
        assertThat(Outcome.of(0, 1, 3)).isEqualTo(Outcome.UNKNOWN);
        assertThat(Outcome.of(3, 0, 3)).isEqualTo(Outcome.ALLOWED);
        assertThat(Outcome.of(1, 0, 3)).isEqualTo(Outcome.PARTIAL);
        assertThat(Outcome.UNKNOWN.word()).isEqualTo("unknown");
    }

    @Test
    @DisplayName("the list leaves unknown connections out and gives them per gap; connections between read namespaces stay")
    void listLeavesUnknownOut() {
        Pod other = pod("shop/other", "role=other");
        ClusterSnapshot s = twoNamespaces().pod(other).gap(VAULT).build();
        ConnectionList list = new ConnectionList(s, new IndexedEngine(s, EngineOptions.DEFAULTS), EngineOptions.DEFAULTS);
        assertThat(list.connections()).extracting(Connection::line)
                .contains("shop/client[Pod] => shop/other[Pod] : All Connections")
                .noneMatch(l -> l.contains("vault/"));
        assertThat(list.unknown()).containsOnlyKeys(new Uncertainty.Unread(VAULT));
        assertThat(list.unknown().get(new Uncertainty.Unread(VAULT))).extracting(Connection::line)
                .contains("shop/client[Pod] => vault/secret[Pod] : All Connections", "vault/secret[Pod] => shop/other[Pod] : All Connections")
                .allMatch(l -> l.contains("vault/"));
    }

    @Test
    @DisplayName("a source that read everything lists as before and has nothing unknown")
    void noGapsNoUnknown() {
        ClusterSnapshot s = twoNamespaces().build();
        ConnectionList list = new ConnectionList(s, new IndexedEngine(s, EngineOptions.DEFAULTS), EngineOptions.DEFAULTS);
        assertThat(list.unknown()).isEmpty();
        assertThat(list.connections()).extracting(Connection::line).contains("shop/client[Pod] => vault/secret[Pod] : All Connections");
    }
}
