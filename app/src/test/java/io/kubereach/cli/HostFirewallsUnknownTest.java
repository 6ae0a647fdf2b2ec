package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Host firewalls are not evaluated: a Cilium host policy ({@code nodeSelector}) and a Calico
 * HostEndpoint make the node traffic they could decide unknown, never allowed, and the
 * explanation says which object and why (scenario {@code cnipol/unknown/host-policy-and-host-endpoint},
 * whose answers {@link UnevaluatedDocumentedRulesTest} checks).
 */
class HostFirewallsUnknownTest {

    private static String explain(String engine, String from, String to, String port) throws URISyntaxException {
        Path cluster = Path.of(HostFirewallsUnknownTest.class.getResource("/cnipol/unknown/host-policy-and-host-endpoint/cluster.yaml").toURI());
        Cli.Run run = Cli.run("can-reach", "-i", cluster.toString(), "--engine", engine, "--explain", from, to, port);
        assertThat(run.exitCode()).isEqualTo(CanReachCommand.NOT_ALLOWED);
        return run.out();
    }

    @ParameterizedTest(name = "{0} engine")
    @ValueSource(strings = {"indexed", "literal"})
    void aCiliumHostPolicyMakesTheTrafficOfTheNodesItSelectsUnknownNamingThePolicyAndWhy(String engine) throws Exception {
        unknownFromClientNaming(engine, "CiliumClusterwideNetworkPolicy edge-host-firewall is not evaluated (a Cilium host policy (nodeSelector)",
                "10.0.0.11", "infra/agent-1");
    }

    @ParameterizedTest(name = "{0} engine")
    @ValueSource(strings = {"indexed", "literal"})
    void aCalicoHostEndpointMakesTheTrafficOfItsNodeUnknownNamingTheEndpointAndWhy(String engine) throws Exception {
        unknownFromClientNaming(engine, "HostEndpoint node-2-eth0 is not evaluated (a Calico HostEndpoint puts the node's interfaces under policy",
                "10.0.0.12", "infra/agent-2");
    }

    /** shop/client to each of {@code targets} on 22/TCP is unknown, the explanation naming {@code why}. */
    private void unknownFromClientNaming(String engine, String why, String... targets) throws Exception {
        for (String to : targets) {
            assertThat(explain(engine, "shop/client", to, "22/TCP")).startsWith("shop/client " + to + " 22/TCP unknown\n")
                    .contains(why).contains("it may drop this connection");
        }
    }

    @ParameterizedTest(name = "{0} engine")
    @ValueSource(strings = {"indexed", "literal"})
    void whatIsDeniedAnywayStaysDeniedBecauseNeitherCanAllow(String engine) throws Exception {
        assertThat(explain(engine, "jail/locked", "10.0.0.11", "22/TCP")).startsWith("jail/locked 10.0.0.11 22/TCP denied\n");
        assertThat(explain(engine, "jail/locked", "infra/agent-2", "22/TCP")).startsWith("jail/locked infra/agent-2 22/TCP denied\n");
    }
}
