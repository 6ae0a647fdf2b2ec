package io.kubereach.diagram;

/** Sorts indices by a key each has, without boxing them: a stable merge sort of an {@code int[]}. */
final class ByKey {

    private ByKey() {
    }

    /** The indices sorted by {@code keys[index]}, indices of equal keys in the order they came (sorts the array given). */
    static int[] sorted(int[] indices, long[] keys) {
        int[] buffer = new int[indices.length];
        int[] from = indices;
        int[] to = buffer;
        for (int width = 1; width < indices.length; width *= 2) {
            for (int lo = 0; lo < indices.length; lo += 2 * width) {
                int mid = Math.min(lo + width, indices.length);
                int hi = Math.min(lo + 2 * width, indices.length);
                int a = lo;
                int b = mid;
                for (int k = lo; k < hi; k++) {
                    to[k] = a < mid && (b >= hi || keys[from[a]] <= keys[from[b]]) ? from[a++] : from[b++];
                }
            }
            int[] t = from;
            from = to;
            to = t;
        }
        return from;
    }
}
