package io.kubereach.ui.view;

import io.kubereach.text.Language;
import io.kubereach.text.TextBundle;
import io.kubereach.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/**
 * Every text a window shows, as a user sees it: the title, the visible labels, buttons, texts,
 * prompts and tooltips, the tabs and the menus with their items; and which of them are still a
 * string of another language's bundle.
 */
final class WindowTexts {

    /** Keys whose words are written the same way in both languages could be either: at least this many letters decide. */
    private static final int DECISIVE_LETTERS = 4;
    /** The language menu names each language in itself, whatever the language shown. */
    private static final String AUTONYM = "language.name";
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+[^}]*\\}");

    private final List<String> texts;

    private WindowTexts(List<String> texts) {
        this.texts = texts;
    }

    /** The texts of a window now. */
    static WindowTexts of(Stage stage) {
        List<String> texts = new ArrayList<>();
        texts.add(stage.getTitle());
        walk(stage.getScene().getRoot(), texts);
        texts.removeIf(t -> t == null || t.isBlank());
        return new WindowTexts(texts);
    }

    /**
     * The texts that are a string of {@code old}'s bundle (its arguments filled with anything)
     * which {@code now}'s bundle writes differently: words the switch to {@code now} missed.
     */
    List<String> leftIn(Language old, Language now) {
        TextBundle was = Messages.of(old).bundle();
        TextBundle is = Messages.of(now).bundle();
        List<Pattern> patterns = new ArrayList<>();
        for (String key : was.keys()) {
            if (key.equals(AUTONYM)) {
                continue;
            }
            String pattern = was.get(key);
            if (pattern.equals(is.get(key))) {
                continue;
            }
            String[] literals = ARGUMENT.split(pattern, -1);
            int letters = 0;
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < literals.length; i++) {
                letters += literals[i].strip().codePointCount(0, literals[i].strip().length());
                regex.append(i == 0 ? "" : ".*").append(Pattern.quote(literals[i].strip()));
            }
            if (letters >= DECISIVE_LETTERS || literals.length == 1) {
                patterns.add(Pattern.compile(regex.toString(), Pattern.DOTALL));
            }
        }
        return texts.stream().filter(t -> patterns.stream().anyMatch(p -> p.matcher(t.strip()).matches())).toList();
    }

    @Override
    public String toString() {
        return texts.toString();
    }

    private static void walk(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l) {
            texts.add(l.getText());
        }
        if (node instanceof Text t) {
            texts.add(t.getText());
        }
        if (node instanceof TextInputControl input) {
            texts.add(input.getPromptText());
        }
        if (node instanceof Control c && c.getTooltip() != null) {
            texts.add(c.getTooltip().getText());
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                texts.add(tab.getText());
                if (tab.getContent() != null) {
                    walk(tab.getContent(), texts);
                }
            }
        }
        if (node instanceof TitledPane pane) {
            texts.add(pane.getText());
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(m -> items(m, texts));
        }
        if (node instanceof MenuButton button) {
            button.getItems().forEach(m -> items(m, texts));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, texts));
        }
    }

    private static void items(MenuItem item, List<String> texts) {
        texts.add(item.getText());
        if (item instanceof javafx.scene.control.CustomMenuItem custom && custom.getContent() instanceof Labeled l) {
            texts.add(l.getText());
        }
        if (item instanceof Menu menu) {
            menu.getItems().forEach(i -> items(i, texts));
        }
    }
}
