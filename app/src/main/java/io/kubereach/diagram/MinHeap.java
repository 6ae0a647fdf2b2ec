package io.kubereach.diagram;

import java.util.Arrays;

/** A binary min-heap of int items by a double cost, without boxing; an item may be pushed again with a lower cost. */
final class MinHeap {

    private int[] items;
    private double[] costs;
    private int size;

    MinHeap(int capacity) {
        items = new int[Math.max(4, capacity)];
        costs = new double[items.length];
    }

    /** Empties it, keeping its room for the next use. */
    void clear() {
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The cost of the cheapest item. */
    double topCost() {
        return costs[0];
    }

    void push(int item, double cost) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
            costs = Arrays.copyOf(costs, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (costs[parent] <= cost) {
                break;
            }
            items[i] = items[parent];
            costs[i] = costs[parent];
            i = parent;
        }
        items[i] = item;
        costs[i] = cost;
    }

    /** Removes and returns the cheapest item. */
    int pop() {
        int top = items[0];
        size--;
        int item = items[size];
        double cost = costs[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && costs[child + 1] < costs[child]) {
                child++;
            }
            if (costs[child] >= cost) {
                break;
            }
            items[i] = items[child];
            costs[i] = costs[child];
            i = child;
        }
        items[i] = item;
        costs[i] = cost;
        return top;
    }
}
