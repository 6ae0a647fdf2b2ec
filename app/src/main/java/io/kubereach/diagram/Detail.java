package io.kubereach.diagram;

/**
 * Which boxes are open: an open box shows the boxes inside it, a closed one stands for them (its
 * name and counts) and the lines of everything inside it end at its border. On screen the zoom
 * decides box by box, and a box the user folded stays closed ({@link ZoomDetail}); an export
 * chooses a level ({@link DetailLevel}).
 */
@FunctionalInterface
public interface Detail {

    /** Whether a box with boxes inside it shows them. */
    boolean open(DiagramBox container);

    /** Every box open: the whole picture down to the containers inside pods. */
    static Detail everything() {
        return b -> true;
    }
}
