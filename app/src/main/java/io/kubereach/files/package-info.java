/**
 * Files the app writes, written safely: {@link io.kubereach.files.AtomicFile} writes through a
 * temporary file beside the target and moves it into place only once complete, so a failure or an
 * interrupt never leaves a truncated file or destroys the previous one, and nothing is left behind.
 *
 * <p>Place in the data flow: at the very end, where exports and snapshots leave the app. Used by
 * the sources (snapshots), the diagram (PNG/SVG), the command line and the desktop app; depends on
 * the JDK alone.
 */
package io.kubereach.files;
