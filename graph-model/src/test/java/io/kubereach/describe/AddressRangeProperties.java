package io.kubereach.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.Cidr;
import io.kubereach.model.IpAddress;
import io.kubereach.model.IpBlock;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Random ipBlocks with excepts: the ranges hold exactly the addresses the block contains (rule 13). */
class AddressRangeProperties {

    @Property(tries = 300)
    @Label("an address lies in one of the ranges exactly when the ipBlock contains it")
    void rangesHoldExactlyTheBlock(@ForAll @IntRange(min = 8, max = 28) int prefix,
            @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 1023) Integer> exceptStarts,
            @ForAll @IntRange(min = 0, max = 4095) int probe) {
        Cidr cidr = new Cidr(IpAddress.of("10.20.0.0"), prefix);
        List<Cidr> except = exceptStarts.stream()
                .map(s -> new Cidr(new IpAddress(false, cidr.first().value().add(java.math.BigInteger.valueOf(s * 4L))), 30))
                .toList();
        IpBlock block = new IpBlock(cidr, except);
        IpAddress address = new IpAddress(false, cidr.first().value().add(java.math.BigInteger.valueOf(probe)));
        boolean inRanges = AddressRange.of(block).stream()
                .anyMatch(r -> r.first().compareTo(address) <= 0 && address.compareTo(r.last()) <= 0);
        assertThat(inRanges).isEqualTo(block.contains(address));
    }
}
