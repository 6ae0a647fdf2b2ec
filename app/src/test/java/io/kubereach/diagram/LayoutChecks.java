package io.kubereach.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Assertions on the geometry of a layout, shared by the layout tests. */
final class LayoutChecks {

    private LayoutChecks() {
    }

    /** Every box lies inside its parent (the picture for top-level boxes) and overlaps none of its siblings. */
    static void assertNestedWithoutOverlap(DiagramLayout layout) {
        assertNested(layout.boxes(), 0, 0, layout.width(), layout.height());
    }

    /**
     * Both pictures have the same boxes (ids, kinds, words, nesting) in the same places, to a
     * hundredth of a unit (boxes lie on hundredths, so a box placed again relative to its
     * remembered parent may land one hundredth off).
     */
    static void assertSamePicture(DiagramLayout expected, DiagramLayout actual) {
        List<DiagramBox> want = expected.allBoxes();
        List<DiagramBox> got = actual.allBoxes();
        assertThat(got).extracting(DiagramBox::id).containsExactlyElementsOf(want.stream().map(DiagramBox::id).toList());
        for (int i = 0; i < want.size(); i++) {
            DiagramBox w = want.get(i);
            DiagramBox g = got.get(i);
            assertThat(new double[] {g.x(), g.y(), g.width(), g.height()}).as(w.id())
                    .containsExactly(new double[] {w.x(), w.y(), w.width(), w.height()}, org.assertj.core.data.Offset.offset(0.011));
            assertThat(List.of(g.label(), g.details(), g.badges())).as(w.id()).isEqualTo(List.of(w.label(), w.details(), w.badges()));
        }
    }

    private static void assertNested(List<DiagramBox> siblings, double px, double py, double pw, double ph) {
        for (int i = 0; i < siblings.size(); i++) {
            DiagramBox a = siblings.get(i);
            assertThat(a.x()).as(a.id() + " left").isGreaterThanOrEqualTo(px - 0.01);
            assertThat(a.y()).as(a.id() + " top").isGreaterThanOrEqualTo(py - 0.01);
            assertThat(a.x() + a.width()).as(a.id() + " right").isLessThanOrEqualTo(px + pw + 0.01);
            assertThat(a.y() + a.height()).as(a.id() + " bottom").isLessThanOrEqualTo(py + ph + 0.01);
            for (int j = i + 1; j < siblings.size(); j++) {
                DiagramBox b = siblings.get(j);
                assertThat(overlap(a, b)).as(a.id() + " overlaps " + b.id()).isFalse();
            }
            assertNested(a.children(), a.x(), a.y(), a.width(), a.height());
        }
    }

    private static boolean overlap(DiagramBox a, DiagramBox b) {
        return a.x() < b.x() + b.width() && a.x() + a.width() > b.x() && a.y() < b.y() + b.height() && a.y() + a.height() > b.y();
    }
}
