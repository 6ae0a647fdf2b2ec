package io.kubereach.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.Cidr;
import io.kubereach.model.IpBlock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the address ranges an ipBlock leaves once its excepts are cut out")
class AddressRangeTest {

    private static List<String> ranges(String cidr, String... except) {
        IpBlock block = new IpBlock(Cidr.of(cidr), Arrays.stream(except).map(Cidr::of).toList());
        return AddressRange.of(block).stream().map(AddressRange::toString).toList();
    }

    @Test
    @DisplayName("a block without excepts is one range from its first to its last address")
    void blockWithoutExcepts() {
        assertThat(ranges("10.0.0.0/24")).containsExactly("10.0.0.0–10.0.0.255");
        assertThat(ranges("203.0.113.10/32")).containsExactly("203.0.113.10");
    }

    @Test
    @DisplayName("an except in the middle leaves the ranges before and after it")
    void exceptInTheMiddle() {
        assertThat(ranges("172.17.0.0/16", "172.17.1.0/24")).containsExactly("172.17.0.0–172.17.0.255", "172.17.2.0–172.17.255.255");
    }

    @Test
    @DisplayName("excepts at either edge, nested, unordered or outside the block cut only what they cover")
    void exceptsAtEdgesNestedAndOutside() {
        assertThat(ranges("10.0.0.0/8", "10.255.0.0/16", "10.0.0.0/16", "10.0.1.0/24", "192.168.0.0/16"))
                .containsExactly("10.1.0.0–10.254.255.255");
        assertThat(ranges("0.0.0.0/0", "10.0.0.0/8")).containsExactly("0.0.0.0–9.255.255.255", "11.0.0.0–255.255.255.255");
    }

    @Test
    @DisplayName("excepts that cover the whole block leave nothing")
    void exceptsCoverEverything() {
        assertThat(ranges("10.0.0.0/24", "10.0.0.0/25", "10.0.0.128/25")).isEmpty();
    }

    @Test
    @DisplayName("IPv6 blocks are cut the same way, and an except of the other family cuts nothing")
    void ipv6() {
        assertThat(ranges("2001:db8::/32", "2001:db8::/48", "10.0.0.0/8"))
                .containsExactly("2001:db8:1:0:0:0:0:0–2001:db8:ffff:ffff:ffff:ffff:ffff:ffff");
    }
}
