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
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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
        VBox groups = new VBox(6);
        sections.getChildren().add(groups);
        // at 10,000 pods a section has a group for each of a hundred namespaces: they come a batch a frame
        RowsInBatches.fill(groups, List.copyOf(byNamespace.entrySet()), e -> group(e.getKey(), e.getValue(), open));
    }

    /** One namespace's peers, folded under its name and count; its rows are made when it is first opened. */
    private TitledPane group(String namespace, List<Details.Peer> peers, boolean open) {
        TitledPane group = new TitledPane();
        group.setText(Words.text("details.peers.namespace", namespace.isEmpty() ? Words.text("details.peers.outside") : namespace, peers.size()));
        group.getStyleClass().add("peer-group");
        group.setAnimated(false);
        group.setExpanded(false);
        group.expandedProperty().addListener((obs, old, now) -> {
            if (now && group.getContent() == null) {
                group.setContent(rows(peers));
            }
        });
        group.setExpanded(open);
        return group;
    }

    private VBox rows(List<Details.Peer> peers) {
        VBox rows = new VBox(3);
        RowsInBatches.fill(rows, peers.subList(0, Math.min(peers.size(), PER_NAMESPACE)), this::row);
        if (peers.size() <= PER_NAMESPACE) {
            return rows;
        }
        return new VBox(3, rows, DetailSections.muted(Words.text("details.more", peers.size() - PER_NAMESPACE)));
    }

    private HBox row(Details.Peer p) {
        VBox text = new VBox(1, DetailSections.link(p.name(), () -> vm.selection().follow(p.vertexId())));
        if (!p.ports().isEmpty()) {
            text.getChildren().add(DetailSections.muted(Words.connections(p.ports())));
        }
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(6, DetailSections.verdict(p.verdict()), text);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }
}
