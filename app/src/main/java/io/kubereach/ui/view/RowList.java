package io.kubereach.ui.view;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableIntegerValue;
import javafx.collections.FXCollections;
import javafx.scene.control.Control;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;

/**
 * A long list of the details as a virtual list: only the rows in view are nodes, a dozen cells
 * reused as it scrolls, so a namespace with a hundred neighbours or two namespaces with two
 * hundred workload pairs cost the JavaFX thread the same as a short list. It is as tall as its
 * rows up to {@link #VISIBLE}, then scrolls on its own. Up, Down and Page keys move through it,
 * Enter or a double click follows a row, Ctrl+C copies it.
 */
final class RowList extends ListView<DetailRow> {

    /** Rows shown before the list scrolls. */
    static final int VISIBLE = 12;
    /** A row's height when the stylesheet has not said it (em-based there, so it follows the font). */
    private static final double ONE_LINE = 26;
    private static final double TWO_LINES = 42;

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    /**
     * @param rows the rows, in order
     * @param twoLines whether rows have a note under their name (each row is then two lines high)
     */
    RowList(List<DetailRow> rows, boolean twoLines) {
        super(FXCollections.observableArrayList());
        getStyleClass().addAll("detail-rows", twoLines ? "detail-rows-two" : "detail-rows-one");
        setFixedCellSize(twoLines ? TWO_LINES : ONE_LINE);
        getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        setCellFactory(list -> new Cell());
        // as tall as its rows from the first frame; the rows themselves (a dozen cells styled and laid out) come a frame
        // or so later, one list a frame, so a pane of several lists never costs one frame them all
        sizeToRows(this, new SimpleIntegerProperty(rows.size()), fixedCellSizeProperty());
        OnePerPulse.later(() -> getItems().setAll(rows));
        setOnKeyPressed(e -> {
            DetailRow row = getSelectionModel().getSelectedItem();
            if (row != null && e.getCode() == KeyCode.ENTER) {
                row.follow().run();
                e.consume();
            } else if (row != null && COPY.match(e)) {
                copy(row);
                e.consume();
            }
        });
    }

    /**
     * Sizes a virtual list or tree of the details: as tall as its rows up to {@link #VISIBLE}, then it scrolls; as
     * wide as the details, never wider (a long name ends in an ellipsis, the whole of it is in the tooltip and copied).
     */
    static void sizeToRows(Control view, ObservableIntegerValue rows, DoubleProperty cellSize) {
        view.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> Math.min(rows.get(), VISIBLE) * cellSize.get() + 2, rows, cellSize));
        view.setMinHeight(USE_PREF_SIZE);
        view.setMaxHeight(USE_PREF_SIZE);
        view.setPrefWidth(40);
        view.setMinWidth(0);
    }

    static void copy(DetailRow row) {
        ClipboardContent content = new ClipboardContent();
        content.putString(row.plain());
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** A reused row: its graphic made once, shown another row as the list scrolls. */
    private static final class Cell extends ListCell<DetailRow> {
        private final RowGraphic graphic = new RowGraphic();
        private final HoverTip tip = new HoverTip(this);

        Cell() {
            // the cell takes the list's width, whatever its text: the list never scrolls sideways
            setPrefWidth(0);
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                    getItem().follow().run();
                }
            });
        }

        @Override
        protected void updateItem(DetailRow row, boolean empty) {
            super.updateItem(row, empty);
            setText("");
            if (empty || row == null) {
                setGraphic(null);
                tip.clear();
                return;
            }
            graphic.show(row);
            setGraphic(graphic);
            tip.show(row.plain());
        }
    }
}
