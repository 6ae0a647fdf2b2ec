package io.kubereach.ui.view;

import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * What the views of one window hold on the long-lived view models: the listeners they put there,
 * taken off together by {@link #dispose()}, and their words, which follow the language shown. A
 * language switch re-texts the views in place ({@link #showLanguage(Language)}): every text bound
 * with {@link #text(String, Object...)}, every value shown with {@link #showNow} is shown again
 * and every {@link #retext(Runnable)} runs, while the controls, and what the user has on them
 * (zoom, position, selection, open panes, typed text), stay.
 */
public final class ViewScope {

    private final List<Runnable> disposers = new ArrayList<>();
    private final List<Runnable> retexts = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Language> language = new ReadOnlyObjectWrapper<>(this, "language",
            Messages.current().language());

    /** Listens to a value until the scope is disposed; calls the listener once now with the current value. */
    public <T> void listenNow(ObservableValue<T> value, ChangeListener<? super T> listener) {
        listen(value, listener);
        listener.changed(value, null, value.getValue());
    }

    /**
     * Shows a value in words: now, at each change until the scope is disposed, and again in the
     * new language after a switch.
     */
    public <T> void showNow(ObservableValue<T> value, ChangeListener<? super T> listener) {
        listenNow(value, listener);
        retext(() -> listener.changed(value, value.getValue(), value.getValue()));
    }

    /** Runs {@code words} again after each language switch (texts set in code rather than bound). */
    public void retext(Runnable words) {
        retexts.add(words);
    }

    /** Listens to a value until the scope is disposed. */
    public <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        disposers.add(() -> value.removeListener(listener));
    }

    /** Listens to a list until the scope is disposed. */
    public <E> void listen(ObservableList<E> list, ListChangeListener<? super E> listener) {
        list.addListener(listener);
        disposers.add(() -> list.removeListener(listener));
    }

    /** Binds two properties both ways until the scope is disposed. */
    public <T> void bindBoth(Property<T> view, Property<T> model) {
        view.bindBidirectional(model);
        disposers.add(() -> view.unbindBidirectional(model));
    }

    /** The string of a key in the language shown, its {@code {0}}, {@code {1}}, … filled with {@code args}. */
    public StringBinding text(String key, Object... args) {
        return words(() -> Words.text(key, args));
    }

    /** Words worked out in the language shown, again after each switch. */
    public StringBinding words(Supplier<String> words) {
        return Bindings.createStringBinding(words::get, language);
    }

    /** A label, button, check box… whose text is a key's in the language shown. */
    public <L extends Labeled> L texted(L control, String key, Object... args) {
        control.textProperty().bind(text(key, args));
        return control;
    }

    /** A menu or menu item whose text is a key's in the language shown. */
    public <M extends MenuItem> M texted(M item, String key, Object... args) {
        item.textProperty().bind(text(key, args));
        return item;
    }

    /** A tab whose title is a key's in the language shown. */
    public Tab texted(Tab tab, String key) {
        tab.textProperty().bind(text(key));
        return tab;
    }

    /** A text whose string is a key's in the language shown. */
    public Text texted(Text text, String key, Object... args) {
        text.textProperty().bind(text(key, args));
        return text;
    }

    /** A tooltip whose text is a key's in the language shown. */
    public Tooltip tooltip(String key, Object... args) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text(key, args));
        return tip;
    }

    /** The language the views show. */
    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language.getReadOnlyProperty();
    }

    /**
     * Shows the views in another language, in place: call after {@link Messages#use(Language)}.
     * Bound texts follow at once; the values shown in words and the texts set in code are shown again.
     */
    public void showLanguage(Language now) {
        if (language.get() == now) {
            return;
        }
        language.set(now);
        List.copyOf(retexts).forEach(Runnable::run);
    }

    /** Runs {@code undo} when the scope is disposed (an animation to stop, say). */
    public void onDispose(Runnable undo) {
        disposers.add(undo);
    }

    /** Takes every listener off. */
    public void dispose() {
        disposers.forEach(Runnable::run);
        disposers.clear();
        retexts.clear();
    }
}
