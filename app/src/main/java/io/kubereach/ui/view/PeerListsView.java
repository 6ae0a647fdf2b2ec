package io.kubereach.ui.view;

import io.kubereach.graph.PairVerdict;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.Details;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A pod's or workload's peers both directions both ways (reaches, cannot reach, reached by, not
 * reached by), each grouped by namespace with counts, and a filter over them all, so a list of
 * 1,600 peers stays usable; DNS is stated first, whatever it is.
 */
final class PeerListsView extends VBox {

    /** A section with more peers than this starts with its namespaces folded. */
    static final int OPEN_UP_TO = 30;
    /** At most this many peers of one namespace are listed; the filter narrows the rest. */
    static final int PER_NAMESPACE = 200;

    private final AppViewModel vm;
    private final Details.Reach reach;
    private final VBox sections = new VBox(6);

    PeerListsView(AppViewModel vm, Details.Reach reach) {
        super(6);
        this.vm = vm;
        this.reach = reach;
        setId("peer-lists");
        getChildren().add(dns(reach.dns()));
        TextField filter = new TextField();
        filter.setId("peer-filter");
        filter.setPromptText(Words.text("details.peers.filter"));
        filter.textProperty().addListener((obs, old, now) -> show(now));
        getChildren().addAll(filter, sections);
        show("");
    }

    private static VBox dns(Details.Dns dns) {
        HBox line = new HBox(6, DetailSections.paragraph(Words.text("details.dns")), new Label("53/UDP"), DetailSections.verdict(dns.udp()),
                new Label("53/TCP"), DetailSections.verdict(dns.tcp()));
        line.setAlignment(Pos.CENTER_LEFT);
        line.setId("details-dns");
        VBox box = new VBox(3, DetailSections.section(Words.text("details.dns.title")), line);
        if (dns.udp() == PairVerdict.BLOCKED) {
            box.getChildren().add(DetailSections.warning(Words.text("details.dns.blocked")));
        } else if (dns.udp() == PairVerdict.UNKNOWN) {
            box.getChildren().add(DetailSections.warning(Words.text("details.dns.unknown")));
        } else if (dns.tcp() != PairVerdict.ALLOWED) {
            box.getChildren().add(DetailSections.muted(Words.text("details.dns.noTcp")));
        }
        box.getChildren().add(DetailSections.muted(dns.typical() ? Words.text("details.dns.typical")
                : Words.text("details.dns.servers", String.join(", ", dns.servers()))));
        return box;
    }

    private void show(String filter) {
        String f = filter.trim().toLowerCase(Locale.ROOT);
        sections.getChildren().clear();
        section("peers-reaches", "details.reaches", reach.reaches(), f);
        section("peers-cannot-reach", "details.cannotReach", reach.cannotReach(), f);
        section("peers-reached-by", "details.reachedBy", reach.reachedBy(), f);
        section("peers-not-reached-by", "details.notReachedBy", reach.notReachedBy(), f);
    }

    private void section(String id, String title, List<Details.Peer> all, String filter) {
        List<Details.Peer> peers = filter.isEmpty() ? all
                : all.stream().filter(p -> p.name().toLowerCase(Locale.ROOT).contains(filter)).toList();
        Label heading = DetailSections.section(filter.isEmpty() ? Words.text(title, all.size())
                : Words.text("details.peers.filtered", Words.text(title, all.size()), peers.size()));
        heading.setId(id);
        sections.getChildren().add(heading);
        if (peers.isEmpty()) {
            sections.getChildren().add(DetailSections.muted(Words.text(filter.isEmpty() ? "details.none" : "details.peers.noMatch")));
            return;
        }
        Map<String, List<Details.Peer>> byNamespace = new LinkedHashMap<>();
        peers.forEach(p -> byNamespace.computeIfAbsent(p.namespace(), k -> new ArrayList<>()).add(p));
        boolean open = peers.size() <= OPEN_UP_TO || byNamespace.size() == 1;
        Map<String, List<Details.Peer>> titled = new LinkedHashMap<>();
        byNamespace.forEach((ns, some) -> titled.put(Words.text("details.peers.namespace", ns.isEmpty() ? Words.text("details.peers.outside") : ns,
                some.size()), some));
        // at 10,000 pods a section has a hundred namespaces and up to 10,000 peers: a virtual tree makes nodes for the rows in view
        // only, and a namespace's rows when it is opened
        PeerTree tree = new PeerTree(titled, this::row, PER_NAMESPACE, open, peers.stream().anyMatch(p -> !p.ports().isEmpty()));
        tree.setId(id + "-tree");
        sections.getChildren().add(tree);
    }

    /** A peer's row under its namespace: its name without the namespace the branch already says (more of it fits). */
    private DetailRow row(Details.Peer p) {
        String prefix = p.namespace() + "/";
        String name = !p.namespace().isEmpty() && p.name().startsWith(prefix) ? p.name().substring(prefix.length()) : p.name();
        return DetailRow.of(p.verdict(), name, p.ports().isEmpty() ? "" : Words.connections(p.ports()), () -> vm.selection().follow(p.vertexId()));
    }
}
