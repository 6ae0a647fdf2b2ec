package io.kubereach.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** An index of items by id finds what a map of the ids to their positions finds, the last of an id winning. */
class IdIndexProperties {

    /** An item whose id is one of its fields, as a line's id is. */
    private record Item(String id, int payload) {
    }

    /** Ids from a small alphabet, so repeats and equal hashes ("Aa" and "BB") are common. */
    @Provide
    Arbitrary<List<Item>> items() {
        Arbitrary<String> ids = Arbitraries.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "", "x", "pod:a/b", "pod:a/c");
        return Arbitraries.strings().withChars("abAB:").ofMaxLength(3).injectDuplicates(0.3).list().ofMaxSize(60)
                .flatMap(random -> ids.list().ofMaxSize(20).map(fixed -> {
                    List<Item> out = new ArrayList<>();
                    for (int i = 0; i < Math.max(random.size(), fixed.size()); i++) {
                        String id = i % 2 == 0 && i < random.size() ? random.get(i) : i < fixed.size() ? fixed.get(i) : random.get(i);
                        out.add(new Item(id, i));
                    }
                    return out;
                }));
    }

    @Property(tries = 500)
    void everyIdIsFoundWhereAMapOfPositionsPutsIt(@ForAll("items") List<Item> items) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            map.put(items.get(i).id(), i);
        }
        IdIndex<Item> index = IdIndex.of(items, Item::id);

        for (Item item : items) {
            assertThat(index.position(item.id())).isEqualTo(map.get(item.id()));
            assertThat(index.item(item.id())).contains(items.get(map.get(item.id())));
        }
        for (String absent : List.of("absent", "Ab", "BBAa", "pod:a/d")) {
            assertThat(index.position(absent)).isEqualTo(map.getOrDefault(absent, -1));
        }
    }

    @Example
    void anEmptyListFindsNothing() {
        IdIndex<Item> index = IdIndex.of(List.of(), Item::id);
        assertThat(index.position("a")).isEqualTo(-1);
        assertThat(index.item("")).isEmpty();
    }

    @Example
    void idsWithEqualHashesAreToldApart() {
        List<Item> items = List.of(new Item("Aa", 0), new Item("BB", 1), new Item("Aa", 2));
        IdIndex<Item> index = IdIndex.of(items, Item::id);
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(index.position("Aa")).isEqualTo(2);
        assertThat(index.position("BB")).isEqualTo(1);
    }
}
