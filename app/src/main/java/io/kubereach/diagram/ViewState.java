package io.kubereach.diagram;

import java.util.Map;

/**
 * Where the user is looking in a picture, to be given back to a new canvas (after a language
 * switch, which builds the window anew): the zoom, the point of the picture at the centre of
 * the view, and the boxes the user expanded or collapsed.
 *
 * @param zoom pixels per unit
 * @param centerX the picture's x at the centre of the view
 * @param centerY the picture's y at the centre of the view
 * @param chosen the boxes expanded ({@code true}) or collapsed ({@code false}), by id
 */
public record ViewState(double zoom, double centerX, double centerY, Map<String, Boolean> chosen) {

    public ViewState {
        chosen = Map.copyOf(chosen);
    }
}
