package io.kubereach.report;

import io.kubereach.query.ExpectationResult;
import java.util.List;

/**
 * Reachability test results as JUnit XML, the report CI systems display (GitHub Actions test
 * reporters, GitLab, Jenkins): one {@code testsuite} per test file, one {@code testcase} per
 * expectation, a {@code failure} for an unexpected answer with the reasons that decided it, an
 * {@code error} for an expectation that could not be read or asked.
 */
public final class JUnitXml {

    /**
     * The results of one test file.
     *
     * @param file the file, as named on the command line
     * @param results its expectations' results, in file order
     */
    public record Suite(String file, List<ExpectationResult> results) {
        public Suite {
            results = List.copyOf(results);
        }
    }

    private JUnitXml() {
    }

    /** The XML document; {@code explain} gives the lines that explain an answer. */
    public static String write(List<Suite> suites, java.util.function.Function<ExpectationResult, List<String>> explain) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        long tests = suites.stream().mapToLong(s -> s.results().size()).sum();
        out.append("<testsuites name=\"kubereach\"").append(counts(tests, count(suites, true), count(suites, false))).append(">\n");
        for (Suite suite : suites) {
            List<ExpectationResult> results = suite.results();
            out.append("  <testsuite name=\"").append(escape(suite.file())).append('"')
                    .append(counts(results.size(), results.stream().filter(ExpectationResult::failed).count(),
                            results.stream().filter(ExpectationResult::erred).count()))
                    .append(" skipped=\"0\">\n");
            for (ExpectationResult r : results) {
                out.append("    <testcase classname=\"").append(escape(suite.file())).append("\" name=\"").append(escape(r.name()))
                        .append("\" time=\"0\"");
                if (r.passed()) {
                    out.append("/>\n");
                    continue;
                }
                out.append(">\n");
                if (r.erred()) {
                    out.append("      <error type=\"question\" message=\"").append(escape(r.error().orElseThrow())).append("\">")
                            .append(escape(r.where() + ": " + r.error().orElseThrow())).append("</error>\n");
                } else {
                    String message = "expected " + r.expect().orElseThrow().word() + ", got " + r.answer().orElseThrow().outcome().word();
                    StringBuilder body = new StringBuilder(r.answer().orElseThrow().line()).append('\n');
                    explain.apply(r).forEach(l -> body.append("  ").append(l).append('\n'));
                    out.append("      <failure type=\"verdict\" message=\"").append(escape(message)).append("\">")
                            .append(escape(body.toString())).append("</failure>\n");
                }
                out.append("    </testcase>\n");
            }
            out.append("  </testsuite>\n");
        }
        return out.append("</testsuites>\n").toString();
    }

    private static long count(List<Suite> suites, boolean failures) {
        return suites.stream().flatMap(s -> s.results().stream()).filter(failures ? ExpectationResult::failed : ExpectationResult::erred).count();
    }

    private static String counts(long tests, long failures, long errors) {
        return " tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"" + errors + "\" time=\"0\"";
    }

    /** Text as XML 1.0 character data or attribute value: markup escaped, characters XML cannot hold dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
