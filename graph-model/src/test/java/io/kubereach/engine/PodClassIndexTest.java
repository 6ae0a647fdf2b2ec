package io.kubereach.engine;

import static io.kubereach.engine.IndexFixtures.ingressPolicy;
import static io.kubereach.engine.IndexFixtures.pod;
import static io.kubereach.engine.IndexFixtures.pods;
import static io.kubereach.engine.IndexFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.Cidr;
import io.kubereach.model.ContainerPort;
import io.kubereach.model.IpBlock;
import io.kubereach.model.NetworkPolicy;
import io.kubereach.model.Pod;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.PolicyPort;
import io.kubereach.model.PortSpec;
import io.kubereach.model.Protocol;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodClassIndexTest {

    private static final NetworkPolicy WEB_PORT_FROM_APP_PODS = ingressPolicy("shop", "web", Map.of("app", "web"),
            rule(List.of(pods(Map.of("app", "api"))), new PolicyPort(Protocol.TCP, new PortSpec.Named("web"))));

    private static PodClassIndex group(List<NetworkPolicy> policies, boolean ipBlocksMatchPodIps, Pod... pods) {
        List<IpBlock> blocks = policies.stream()
                .flatMap(p -> p.ingress().stream())
                .flatMap(r -> r.peers().stream())
                .filter(PolicyPeer.Addresses.class::isInstance)
                .map(p -> ((PolicyPeer.Addresses) p).block())
                .toList();
        AddressRanges ranges = AddressRanges.cut(blocks);
        java.util.BitSet podBlocks = new java.util.BitSet();
        if (ipBlocksMatchPodIps) {
            blocks.forEach(b -> podBlocks.set(ranges.blockId(b)));
        }
        return PodClassIndex.group(List.of(pods), PolicyVocabulary.of(policies, List.of()), ranges, podBlocks);
    }

    @Test
    void podsWithSameLabelsAndPortsShareOneClass() {
        Pod a = pod("shop", "web-1", Map.of("app", "web"), "10.0.0.1", new ContainerPort("web", 8080, Protocol.TCP));
        Pod b = pod("shop", "web-2", Map.of("app", "web"), "10.0.0.2", new ContainerPort("web", 8080, Protocol.TCP));

        PodClassIndex index = group(List.of(WEB_PORT_FROM_APP_PODS), false, a, b);

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.classOf(a)).isEqualTo(index.classOf(b));
    }

    @Test
    void podsWhoseNamedPortResolvesToDifferentNumbersGetDifferentClasses() {
        Pod a = pod("shop", "web-1", Map.of("app", "web"), "10.0.0.1", new ContainerPort("web", 8080, Protocol.TCP));
        Pod b = pod("shop", "web-2", Map.of("app", "web"), "10.0.0.2", new ContainerPort("web", 9090, Protocol.TCP));

        PodClassIndex index = group(List.of(WEB_PORT_FROM_APP_PODS), false, a, b);

        assertThat(index.classOf(a)).isNotEqualTo(index.classOf(b));
        assertThat(index.get(index.classOf(b)).namedPort("web", Protocol.TCP)).isEqualTo(9090);
    }

    @Test
    void aNamedPortOfAnotherProtocolDoesNotCountAsThePolicysPort() {
        Pod tcp = pod("shop", "web-1", Map.of("app", "web"), "10.0.0.1", new ContainerPort("web", 8080, Protocol.TCP));
        Pod udp = pod("shop", "web-2", Map.of("app", "web"), "10.0.0.2", new ContainerPort("web", 8080, Protocol.UDP));

        PodClassIndex index = group(List.of(WEB_PORT_FROM_APP_PODS), false, tcp, udp);

        assertThat(index.classOf(tcp)).isNotEqualTo(index.classOf(udp));
        assertThat(index.get(index.classOf(udp)).namedPort("web", Protocol.TCP)).isEqualTo(-1);
    }

    @Test
    void podsInDifferentNamespacesNeverShareAClass() {
        Pod a = pod("shop", "web-1", Map.of("app", "web"), "10.0.0.1");
        Pod b = pod("bank", "web-1", Map.of("app", "web"), "10.0.0.2");

        PodClassIndex index = group(List.of(WEB_PORT_FROM_APP_PODS), false, a, b);

        assertThat(index.classOf(a)).isNotEqualTo(index.classOf(b));
    }

    @Test
    void labelsAndPortNamesNoPolicyMentionsDoNotSplitAClass() {
        Pod a = pod("shop", "web-1", Map.of("app", "web", "pod-template-hash", "abc"), "10.0.0.1",
                new ContainerPort("metrics", 9100, Protocol.TCP));
        Pod b = pod("shop", "web-2", Map.of("app", "web", "pod-template-hash", "def"), "10.0.0.2",
                new ContainerPort("metrics", 9200, Protocol.TCP));

        PodClassIndex index = group(List.of(WEB_PORT_FROM_APP_PODS), false, a, b);

        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void aLabelValueAPolicyMentionsSplitsAClass() {
        Pod web = pod("shop", "web-1", Map.of("app", "web"), "10.0.0.1");
        Pod api = pod("shop", "api-1", Map.of("app", "api"), "10.0.0.2");

        PodClassIndex index = group(List.of(WEB_PORT_FROM_APP_PODS), false, web, api);

        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void podIpsSplitClassesOnlyWhenIpBlocksMatchPodIps() {
        NetworkPolicy fromLowAddresses = ingressPolicy("shop", "low", Map.of(),
                IndexFixtures.rule(List.of(new PolicyPeer.Addresses(new IpBlock(Cidr.of("10.0.0.0/31"), List.of())))));
        Pod inBlock = pod("shop", "web-1", Map.of(), "10.0.0.1");
        Pod outside = pod("shop", "web-2", Map.of(), "10.0.0.2");
        Pod alsoOutside = pod("shop", "web-3", Map.of(), "10.0.0.3");

        PodClassIndex ignoringIps = group(List.of(fromLowAddresses), false, inBlock, outside, alsoOutside);
        PodClassIndex byIps = group(List.of(fromLowAddresses), true, inBlock, outside, alsoOutside);

        assertThat(ignoringIps.size()).isEqualTo(1);
        assertThat(byIps.size()).isEqualTo(2);
        assertThat(byIps.classOf(outside)).isEqualTo(byIps.classOf(alsoOutside));
    }

    @Test
    void aPodOutsideTheSnapshotFindsTheClassOfPodsItCannotBeToldApartFrom() {
        Pod a = pod("shop", "web-1", Map.of("app", "web"), "10.0.0.1");
        Pod whatIf = pod("shop", "web-9", Map.of("app", "web"), "10.0.0.9");
        Pod unlike = pod("shop", "db-1", Map.of("app", "api"), "10.0.0.9");

        PodClassIndex index = group(List.of(WEB_PORT_FROM_APP_PODS), false, a);

        assertThat(index.classOf(whatIf)).isEqualTo(index.classOf(a));
        assertThat(index.classOf(unlike)).isEqualTo(PodClassIndex.NO_CLASS);
    }
}
