package io.kubereach.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.Direction;
import io.kubereach.model.LabelSelector;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.PolicyRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a NetworkPolicy written as YAML")
class PolicyYamlTest {

    /** A default-deny of ingress whose manifest left policyTypes out. */
    private static final NetworkPolicy DENY = new NetworkPolicy("shop", "deny-all", LabelSelector.ALL,
            NetworkPolicy.defaultPolicyTypes(false), false, List.of(), List.of());

    /** Its manifest down to the pod selector, which both forms write alike. */
    private static final String HEAD = """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: deny-all
              namespace: shop
            spec:
              podSelector: {}
            """;

    @Test
    @DisplayName("as declared, it is the manifest as it was: no policyTypes it did not name, no rule list it did not have")
    void asDeclaredKeepsTheManifest() {
        assertThat(PolicyYaml.text(DENY, PolicyYaml.PolicyTypes.AS_DECLARED)).isEqualTo(HEAD);
    }

    @Test
    @DisplayName("as judged, it names the policy types the engine uses and an empty rule list for each direction they isolate")
    void asJudgedNamesWhatTheEngineUses() {
        assertThat(PolicyYaml.text(DENY, PolicyYaml.PolicyTypes.AS_JUDGED)).isEqualTo(HEAD + """
                  policyTypes:
                  - Ingress
                  ingress: []
                """);
    }

    @Test
    @DisplayName("quotes as every manifest KubeReach writes: labels YAML 1.1 reads as booleans, and addresses")
    void quotesLikeEveryManifest() {
        NetworkPolicy p = new NetworkPolicy("shop", "web", LabelSelector.of(Map.of("enabled", "on")),
                Set.of(Direction.INGRESS), true, List.of(new PolicyRule(List.of(), List.of())), List.of());
        assertThat(PolicyYaml.text(p, PolicyYaml.PolicyTypes.AS_JUDGED)).contains("enabled: \"on\"", "ingress:\n  - {}");
    }
}
