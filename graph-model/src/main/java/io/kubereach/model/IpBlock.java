package io.kubereach.model;

import java.util.List;

/**
 * An {@code ipBlock} peer: addresses inside {@code cidr} and outside every {@code except} (rule 13).
 *
 * @param cidr the block
 * @param except the blocks cut out of it
 */
public record IpBlock(Cidr cidr, List<Cidr> except) {

    public IpBlock {
        except = List.copyOf(except);
    }

    /** Whether the address is in the block and in none of its exceptions. */
    public boolean contains(IpAddress address) {
        if (!cidr.contains(address)) {
            return false;
        }
        for (Cidr e : except) {
            if (e.contains(address)) {
                return false;
            }
        }
        return true;
    }
}
