package io.kubereach.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("IP address literals")
class IpAddressTest {

    /** The dotted-quad form as a pattern: what the address reader must accept, octet by octet. */
    private static final Pattern DOTTED_QUAD = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    /** What the pattern reads: the address, empty when an octet is over 255, null when the text is not a dotted quad. */
    private static Optional<IpAddress> byPattern(String text) {
        Matcher m = DOTTED_QUAD.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        long v = 0;
        for (int i = 1; i <= 4; i++) {
            int octet = Integer.parseInt(m.group(i));
            if (octet > 255) {
                return Optional.empty();
            }
            v = (v << 8) | octet;
        }
        return Optional.of(new IpAddress(false, BigInteger.valueOf(v)));
    }

    @Test
    @DisplayName("an IPv4 address is read as four groups of one to three digits, each at most 255, exactly as the dotted-quad pattern reads it")
    void dottedQuadsAreReadAsThePatternReadsThem() {
        List<String> groups = List.of("0", "7", "10", "010", "255", "256", "999", "1234", "", "a1", "\u0661");
        List<String> texts = new ArrayList<>(List.of(" 10.0.0.1 ", "10.0.0", "10.0.0.1.2", "10..0.1", ".10.0.0.1", "10.0.0.1.", "::1",
                "::ffff:10.0.0.1", "fe80::1", "10.0.0.1/24", ""));
        for (String a : groups) {
            for (String b : groups) {
                for (String d : groups) {
                    texts.add(a + "." + b + ".1." + d);
                }
            }
        }
        int read = 0;
        for (String text : texts) {
            Optional<IpAddress> expected = byPattern(text);
            if (expected != null) {
                assertThat(IpAddress.parse(text)).as("'%s'", text).isEqualTo(expected);
                read += expected.isPresent() ? 1 : 0;
            } else if (!text.contains(":")) {
                assertThat(IpAddress.parse(text)).as("'%s' is no address", text).isEmpty();
            }
        }
        assertThat(read).as("some texts are addresses").isGreaterThan(50);
        assertThat(IpAddress.parse("10.244.1.2")).contains(new IpAddress(false, BigInteger.valueOf((10L << 24) | (244 << 16) | (1 << 8) | 2)));
        assertThat(IpAddress.parse("::ffff:10.0.0.1")).as("an IPv4-mapped IPv6 literal is the IPv4 address").isEqualTo(IpAddress.parse("10.0.0.1"));
        assertThat(IpAddress.parse("fe80::1")).hasValueSatisfying(a -> assertThat(a.v6()).isTrue());
    }
}
