package io.kubereach.text;



/**
 * One line of a description: a message and how deep it sits under the lines before it
 * (0 a paragraph, 1 an item of it, 2 an item of that item).
 *
 * @param depth the nesting depth, 0 for a top-level line
 * @param message what it says
 */
public record Sentence(int depth, Message message) {

    public Sentence {
        if (depth < 0) {
            throw new IllegalArgumentException("depth must not be negative: " + depth);
        }
    }
}
