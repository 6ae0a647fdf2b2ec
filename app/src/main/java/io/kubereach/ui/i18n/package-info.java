/**
 * The app's words in the language in use ({@link io.kubereach.ui.i18n.Messages}): its own bundle
 * and then the diagram's, switched at run time with listeners so views relabel themselves, and
 * graph-model's messages rendered in the same language. No JavaFX.
 *
 * <p>Place in the data flow: beside the views. Depends on {@code text} and {@code diagram} (for
 * the diagram's bundle); only the app uses it.
 */
package io.kubereach.ui.i18n;
