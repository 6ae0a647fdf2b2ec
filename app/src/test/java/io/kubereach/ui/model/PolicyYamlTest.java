package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.source.DemoCluster;
import io.kubereach.source.ManifestSource;
import io.kubereach.yaml.PolicyYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("a NetworkPolicy written back as YAML, as the details show it")
class PolicyYamlTest {

    @Test
    @DisplayName("reads back into the same policy, for every policy of the demo (defaults filled, named ports, ipBlocks with except)")
    void roundTrips(@TempDir Path dir) throws Exception {
        ClusterSnapshot demo = DemoCluster.snapshot();
        List<Path> files = new ArrayList<>();
        for (NetworkPolicy p : demo.policies()) {
            Path file = dir.resolve(p.namespace() + "-" + p.name() + ".yaml");
            Files.writeString(file, PolicyYaml.text(p, PolicyYaml.PolicyTypes.AS_JUDGED));
            files.add(file);
        }
        ClusterSnapshot back = new ManifestSource().read(files);
        for (NetworkPolicy p : demo.policies()) {
            NetworkPolicy read = back.policies().stream().filter(q -> q.qualifiedName().equals(p.qualifiedName())).findFirst().orElseThrow();
            // the YAML names the policy types the engine uses, so it reads as declared
            assertThat(read).usingRecursiveComparison().ignoringFields("policyTypesDeclared").isEqualTo(p);
        }
    }

    @Test
    @DisplayName("the documentation's test-network-policy shows its selector, types, ipBlock with except and ports")
    void theExample() throws Exception {
        NetworkPolicy p = DemoCluster.snapshot().policies().stream().filter(q -> q.name().equals("test-network-policy")).findFirst().orElseThrow();
        assertThat(PolicyYaml.text(p, PolicyYaml.PolicyTypes.AS_JUDGED)).contains("""
                spec:
                  podSelector:
                    matchLabels:
                      role: db
                  policyTypes:
                  - Ingress
                  - Egress
                """).contains("cidr: \"172.17.0.0/16\"", "- \"172.17.1.0/24\"", "protocol: TCP", "port: 6379", "port: 5978");
    }
}
