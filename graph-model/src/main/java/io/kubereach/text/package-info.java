/**
 * Language-neutral text, the leaf every package may use: a sentence kept as data
 * ({@link io.kubereach.text.Message}: a bundle key and its arguments, or {@link io.kubereach.text.Sentence}
 * lines of a description), the {@link io.kubereach.text.Language}s KubeReach speaks, and the
 * rendering in one language ({@link io.kubereach.text.MessageText} for graph-model's bundle,
 * {@link io.kubereach.text.TextBundle} for any part's bundle).
 *
 * <p>Place in the data flow: beside all of it. The model, the engine and every layer above keep
 * what they say as messages; whoever shows them renders them in the reader's language. Depends on
 * the JDK alone.
 */
package io.kubereach.text;
