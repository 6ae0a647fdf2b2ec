package io.kubereach.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.Cidr;
import io.kubereach.model.IpAddress;
import io.kubereach.model.IpBlock;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressRangesTest {

    private static final IpBlock TEN_EXCEPT_UPPER_HALF =
            new IpBlock(Cidr.of("10.0.0.0/24"), List.of(Cidr.of("10.0.0.128/25")));

    @Test
    void cidrAndExceptCutIpv4IntoFourRanges() {
        AddressRanges ranges = AddressRanges.cut(List.of(TEN_EXCEPT_UPPER_HALF));

        // 0.0.0.0-9.255.255.255, 10.0.0.0-127, 10.0.0.128-255, 10.0.1.0-255.255.255.255, and all of IPv6
        assertThat(ranges.rangeCount()).isEqualTo(5);
        assertThat(ranges.first(1)).isEqualTo(IpAddress.of("10.0.0.0"));
        assertThat(last(ranges, 1)).isEqualTo(IpAddress.of("10.0.0.127"));
        assertThat(last(ranges, 3)).isEqualTo(IpAddress.of("255.255.255.255"));
    }

    @Test
    void addressesAtEachBoundaryFallIntoTheRangeThatStartsOrEndsThere() {
        AddressRanges ranges = AddressRanges.cut(List.of(TEN_EXCEPT_UPPER_HALF));

        assertThat(ranges.rangeOf(IpAddress.of("9.255.255.255"))).isZero();
        assertThat(ranges.rangeOf(IpAddress.of("10.0.0.0"))).isEqualTo(1);
        assertThat(ranges.rangeOf(IpAddress.of("10.0.0.127"))).isEqualTo(1);
        assertThat(ranges.rangeOf(IpAddress.of("10.0.0.128"))).isEqualTo(2);
        assertThat(ranges.rangeOf(IpAddress.of("10.0.0.255"))).isEqualTo(2);
        assertThat(ranges.rangeOf(IpAddress.of("10.0.1.0"))).isEqualTo(3);
        assertThat(ranges.rangeOf(IpAddress.of("0.0.0.0"))).isZero();
    }

    @Test
    void aBlockHoldsItsCidrRangesButNotItsExcepts() {
        AddressRanges ranges = AddressRanges.cut(List.of(TEN_EXCEPT_UPPER_HALF));
        int block = ranges.blockId(TEN_EXCEPT_UPPER_HALF);

        assertThat(ranges.ranges(block).stream().boxed().toList()).containsExactly(1);
        assertThat(ranges.blocks(1).get(block)).isTrue();
        assertThat(ranges.blocks(2).get(block)).isFalse();
    }

    @Test
    void everyAddressOfARangeIsJudgedAlikeByEveryBlock() {
        List<IpBlock> blocks = List.of(TEN_EXCEPT_UPPER_HALF,
                new IpBlock(Cidr.of("10.0.0.64/26"), List.of(Cidr.of("10.0.0.96/30"))),
                new IpBlock(Cidr.of("0.0.0.0/0"), List.of(Cidr.of("10.0.0.0/8"))));
        AddressRanges ranges = AddressRanges.cut(blocks);

        for (int r = 0; r < ranges.rangeCount(); r++) {
            for (IpBlock block : blocks) {
                boolean held = ranges.blocks(r).get(ranges.blockId(block));
                assertThat(block.contains(ranges.first(r))).as("first of range %d in %s", r, block).isEqualTo(held);
                assertThat(ranges.rangeOf(last(ranges, r))).as("last of range %d", r).isEqualTo(r);
                assertThat(block.contains(last(ranges, r))).as("last of range %d in %s", r, block).isEqualTo(held);
            }
        }
    }

    @Test
    void anIpv4BlockNeverHoldsAnIpv6Address() {
        AddressRanges ranges = AddressRanges.cut(List.of(new IpBlock(Cidr.of("0.0.0.0/0"), List.of()),
                new IpBlock(Cidr.of("2001:db8::/32"), List.of())));
        int v4All = ranges.blockId(new IpBlock(Cidr.of("0.0.0.0/0"), List.of()));
        int v6Range = ranges.rangeOf(IpAddress.of("2001:db8::1"));

        assertThat(ranges.blocks(v6Range).get(v4All)).isFalse();
        assertThat(ranges.blocks(v6Range).cardinality()).isEqualTo(1);
        assertThat(ranges.rangeOf(IpAddress.of("::"))).isNotEqualTo(v6Range);
    }

    @Test
    void equalBlocksShareOneId() {
        IpBlock again = new IpBlock(Cidr.of("10.0.0.0/24"), List.of(Cidr.of("10.0.0.128/25")));

        AddressRanges ranges = AddressRanges.cut(List.of(TEN_EXCEPT_UPPER_HALF, again));

        assertThat(ranges.blockId(again)).isEqualTo(ranges.blockId(TEN_EXCEPT_UPPER_HALF));
        assertThat(ranges.blocks(1).cardinality()).isEqualTo(1);
    }

    @Test
    void withoutBlocksEachFamilyIsOneRange() {
        AddressRanges ranges = AddressRanges.cut(List.of());

        assertThat(ranges.rangeCount()).isEqualTo(2);
        assertThat(ranges.rangeOf(IpAddress.of("8.8.8.8"))).isZero();
        assertThat(ranges.rangeOf(IpAddress.of("::1"))).isEqualTo(1);
    }

    /** The highest address of range {@code r}: one below the next range's first, or the family's last address. */
    private static IpAddress last(AddressRanges ranges, int r) {
        IpAddress first = ranges.first(r);
        if (r + 1 < ranges.rangeCount() && ranges.first(r + 1).v6() == first.v6()) {
            return new IpAddress(first.v6(), ranges.first(r + 1).value().subtract(BigInteger.ONE));
        }
        return IpAddress.last(first.v6());
    }
}
