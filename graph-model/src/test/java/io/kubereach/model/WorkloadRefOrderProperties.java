package io.kubereach.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Workloads sort exactly as their texts ({@code namespace/name[Kind]}) do, without making the texts. */
class WorkloadRefOrderProperties {

    /** Short parts over characters that sit on both sides of the separators, so ties and prefixes are common. */
    @Provide
    Arbitrary<WorkloadRef> workloads() {
        Arbitrary<String> part = Arbitraries.strings().withChars("a-/[]Z.0é").ofMaxLength(4);
        return Combinators.combine(part, part, part).as(WorkloadRef::new);
    }

    @Property(tries = 3000)
    void comparingTwoWorkloadsHasTheSignOfComparingTheirTexts(@ForAll("workloads") WorkloadRef a, @ForAll("workloads") WorkloadRef b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(a.toString().compareTo(b.toString())));
    }

    @Example
    void aNamespaceThatIsAPrefixOfAnotherSortsByTheCharacterAfterIt() {
        // "a/x[Pod]" against "a-b/x[Pod]": '/' (47) sorts after '-' (45), unlike comparing the namespaces alone
        WorkloadRef shortNamespace = new WorkloadRef("a", "Pod", "x");
        WorkloadRef longNamespace = new WorkloadRef("a-b", "Pod", "x");
        assertThat(shortNamespace.compareTo(longNamespace)).isPositive();
        assertThat(longNamespace.compareTo(shortNamespace)).isNegative();
        assertThat(shortNamespace.compareTo(new WorkloadRef("a", "Pod", "x"))).isZero();
    }
}
