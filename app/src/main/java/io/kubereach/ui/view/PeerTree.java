package io.kubereach.ui.view;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * One direction of a pod's or workload's peers as a virtual tree: a branch per namespace with its
 * count, its peers under it. Only the rows in view are nodes (a dozen reused cells), and a
 * namespace's rows are items made when it is first opened, so 1,600 peers in a hundred
 * namespaces cost what a short list does. As tall as its open rows up to {@link RowList#VISIBLE},
 * then it scrolls on its own. Right and Left open and fold a namespace, Enter follows a peer (or
 * opens and folds), Ctrl+C copies a row.
 */
final class PeerTree extends TreeView<PeerTree.Entry> {

    /** A row of the tree. */
    sealed interface Entry permits Group, Peer, More {
    }

    /** A namespace: its name and how many of its peers are listed. */
    record Group(String title) implements Entry {
    }

    /** One peer. */
    record Peer(DetailRow row) implements Entry {
    }

    /** How many peers of a namespace are not listed (the filter narrows them). */
    record More(String text) implements Entry {
    }

    private static final double TWO_LINES = 42;
    private static final double ONE_LINE = 26;
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    /**
     * @param groups each namespace's title and its peers (at most {@code shown} listed, then how many more)
     * @param row a peer's row, made when its namespace is first opened
     * @param open whether the namespaces start open
     * @param twoLines whether peers have a note under their name
     */
    <T> PeerTree(Map<String, List<T>> groups, Function<T, DetailRow> row, int shown, boolean open, boolean twoLines) {
        super(new TreeItem<>(new Group("")));
        setShowRoot(false);
        getStyleClass().addAll("detail-rows", "peer-tree", twoLines ? "detail-rows-two" : "detail-rows-one");
        setFixedCellSize(twoLines ? TWO_LINES : ONE_LINE);
        groups.forEach((title, peers) -> getRoot().getChildren().add(group(title, peers, row, shown, open)));
        getRoot().setExpanded(true);
        setCellFactory(tree -> new Cell());
        RowList.sizeToRows(this, expandedItemCountProperty(), fixedCellSizeProperty());
        setOnKeyPressed(e -> {
            TreeItem<Entry> item = getSelectionModel().getSelectedItem();
            if (item == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                if (item.getValue() instanceof Peer p) {
                    p.row().follow().run();
                } else {
                    item.setExpanded(!item.isExpanded());
                }
                e.consume();
            } else if (COPY.match(e) && item.getValue() instanceof Peer p) {
                RowList.copy(p.row());
                e.consume();
            }
        });
    }

    /** A namespace's branch; its peers become items when it is first opened. */
    private static <T> TreeItem<Entry> group(String title, List<T> peers, Function<T, DetailRow> row, int shown, boolean open) {
        TreeItem<Entry> group = new TreeItem<>(new Group(title)) {
            @Override
            public boolean isLeaf() {
                return false;
            }
        };
        group.expandedProperty().addListener((obs, was, now) -> {
            if (now && group.getChildren().isEmpty()) {
                peers.subList(0, Math.min(peers.size(), shown)).forEach(p -> group.getChildren().add(new TreeItem<>(new Peer(row.apply(p)))));
                if (peers.size() > shown) {
                    group.getChildren().add(new TreeItem<>(new More(Words.text("details.more", peers.size() - shown))));
                }
            }
        });
        group.setExpanded(open);
        return group;
    }

    /** A reused row: a namespace's title, a peer (verdict, link, ports) or how many more. */
    private static final class Cell extends TreeCell<Entry> {
        private final RowGraphic graphic = new RowGraphic();
        private final HoverTip tip = new HoverTip(this);

        Cell() {
            setPrefWidth(0);
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() instanceof Peer p) {
                    p.row().follow().run();
                }
            });
        }

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("peer-group", "peer-more");
            if (empty || entry == null) {
                setText("");
                setGraphic(null);
                tip.clear();
                return;
            }
            if (entry instanceof Peer p) {
                setText("");
                graphic.show(p.row());
                setGraphic(graphic);
                tip.show(p.row().plain());
            } else if (entry instanceof Group g) {
                show(g.title(), "peer-group");
            } else if (entry instanceof More m) {
                show(m.text(), "peer-more");
            }
        }

        private void show(String text, String style) {
            setGraphic(null);
            tip.clear();
            setText(text);
            getStyleClass().add(style);
        }
    }
}
