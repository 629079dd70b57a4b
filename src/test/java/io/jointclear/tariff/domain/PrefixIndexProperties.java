package io.jointclear.tariff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The indexed lookup answers exactly what a scan of the list answers: the longest prefix of the code. */
class PrefixIndexProperties {

    /** What the index must answer, written the obvious way. */
    private static int longestCovering(List<String> prefixes, String code) {
        int best = -1;
        for (String p : prefixes) {
            if (p.equals("*")) {
                best = Math.max(best, 0);
            } else if (!p.isEmpty() && code.startsWith(p)) {
                best = Math.max(best, p.length());
            }
        }
        return best;
    }

    @Provide
    Arbitrary<List<String>> lists() {
        Arbitrary<String> prefix = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(10);
        // short lists are scanned, long ones indexed; "*" and a non-digit prefix now and then
        return Arbitraries.oneOf(prefix, prefix, prefix, prefix, prefix, prefix, Arbitraries.of("*", "72A", ""))
                .list().ofMinSize(0).ofMaxSize(400);
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("0123456789").ofLength(10),
                Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(12),
                Arbitraries.strings().withChars("0123456789A").ofMinLength(0).ofMaxLength(10));
    }

    @Property(tries = 2000)
    void the_index_answers_the_longest_covering_prefix(@ForAll("lists") List<String> prefixes, @ForAll("codes") String code) {
        // a code drawn from the list's own prefixes (padded) exercises the matches, a random one the misses
        List<String> codes = new ArrayList<>(List.of(code));
        for (String p : prefixes.stream().limit(5).toList()) {
            codes.add((p + "0123456789").substring(0, Math.max(p.length(), 10)));
        }
        PrefixIndex index = PrefixIndex.of(prefixes);
        for (String c : codes) {
            assertThat(index.specificity(c)).as("%s in %s", c, prefixes).isEqualTo(longestCovering(prefixes, c));
        }
    }

    @Example
    void leading_zeros_and_lengths_are_part_of_the_prefix() {
        List<String> prefixes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            prefixes.add(String.format("%04d", 7300 + i));
        }
        prefixes.add("0101");
        prefixes.add("101");
        PrefixIndex index = PrefixIndex.of(prefixes);
        assertThat(index.specificity("0101210010")).isEqualTo(4);
        assertThat(index.specificity("1012100100")).isEqualTo(3);
        assertThat(index.specificity("0010121001")).isEqualTo(-1);
        assertThat(index.specificity("7308909590")).isEqualTo(4);
        assertThat(index.specificity("73")).isEqualTo(-1);
    }
}
