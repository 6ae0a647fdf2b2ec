package io.kubereach.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The listeners one generation of views put on the long-lived view models, so that they can be
 * taken off together when the views are rebuilt (after a language switch).
 */
public final class ViewScope {

    private final List<Runnable> disposers = new ArrayList<>();

    /** Listens to a value until the scope is disposed; calls the listener once now with the current value. */
    public <T> void listenNow(ObservableValue<T> value, ChangeListener<? super T> listener) {
        listen(value, listener);
        listener.changed(value, null, value.getValue());
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

    /** Runs {@code undo} when the scope is disposed (an animation to stop, say). */
    public void onDispose(Runnable undo) {
        disposers.add(undo);
    }

    /** Takes every listener off. */
    public void dispose() {
        disposers.forEach(Runnable::run);
        disposers.clear();
    }
}
