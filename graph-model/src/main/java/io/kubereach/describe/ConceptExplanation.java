package io.kubereach.describe;

import io.kubereach.text.Message;
import io.kubereach.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * A short explanation of a concept as it applies to one selected object, as messages.
 *
 * @param concept the concept explained
 * @param title a heading naming the object
 * @param paragraphs the explanation, one message per paragraph
 */
public record ConceptExplanation(Concept concept, Message title, List<Message> paragraphs) {

    public ConceptExplanation {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The explanation as sentences: the title, then each paragraph. */
    public List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        out.add(new Sentence(0, title));
        paragraphs.forEach(p -> out.add(new Sentence(0, p)));
        return out;
    }
}
