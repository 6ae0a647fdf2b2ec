/**
 * Reports for scripts: the connection list in netpol-analyzer's connlist formats (txt, json,
 * csv, md, dot: {@link io.kubereach.report.ConnectionList}, {@link io.kubereach.report.ConnlistFormat})
 * answers as text ({@link io.kubereach.report.AnswerText}), and the exposure analysis
 * ({@link io.kubereach.report.ExposureAnalysis}; as netpol-analyzer prints it: {@link io.kubereach.report.ExposureText}). Their bytes are the same in every
 * language.
 *
 * <p>Place in the data flow: a view at the end of it, for the command line: engine (and query)
 * → <b>report</b>. Depends on {@code model}, {@code engine}, {@code query} and {@code describe};
 * nothing below depends on it.
 */
package io.kubereach.report;
