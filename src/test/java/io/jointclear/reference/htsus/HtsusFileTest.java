package io.jointclear.reference.htsus;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.reference.RateComponent.AdValorem;
import io.jointclear.reference.RateComponent.Specific;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped HTSUS 2026 revision 4 file, read as the loader reads it at start-up. */
class HtsusFileTest {

    static HtsusFile file;
    static long readMillis;

    @BeforeAll
    static void read() throws IOException {
        long start = System.nanoTime();
        try (InputStream in = HtsusFileTest.class.getResourceAsStream(HtsRateCoverageTest.FILE)) {
            file = HtsusFile.read(in);
        }
        readMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("HTSUS file read in %d ms: %s, %d lines, %d unparsed rate entries%n",
                readMillis, file.counts(), file.lines().size(), file.unparsedRates().size());
    }


    @Test
    void roma_tomatoes_in_season_pay_3_9_cents_per_kg_and_nothing_under_usmca() {
        HtsusLine line = file.line("0702002032").orElseThrow();

        assertThat(line.generalText()).isEqualTo("3.9¢/kg");
        assertThat(line.general()).hasValueSatisfying(g -> assertThat(g.dutyRate().orElseThrow().components())
                .containsExactly(new Specific(new BigDecimal("0.039"), "USD", "KGM", "")));
        assertThat(line.special().preferentialRates()).singleElement().satisfies(p -> {
            assertThat(p.grantedTo("S")).isTrue();
            assertThat(p.rate().isFree()).isTrue();
        });
        assertThat(line.column2Text()).isEqualTo("6.6¢/kg");
        assertThat(line.tariffUnits()).containsExactly("kg");
        assertThat(line.units()).containsExactly("KGM");
        assertThat(line.chapter99()).isFalse();
        assertThat(line.description())
                .startsWith("Tomatoes, fresh or chilled — If entered during the period from March 1 to July 14")
                .endsWith(" — Roma (plum type)")
                .doesNotContain(": —");
    }

    @Test
    void statistical_lines_inherit_the_rates_of_their_8_digit_line() {
        List<HtsusLine> children = file.lines().stream().filter(l -> l.tariffCode().startsWith("07020020")).toList();

        assertThat(children).hasSizeGreaterThan(10).allSatisfy(l -> {
            assertThat(l.generalText()).isEqualTo("3.9¢/kg");
            assertThat(l.special().text()).isEqualTo("Free (AU,BH, CL,CO,D,E,IL, JO,KR,MA, OM,P,PA,PE,S,SG)");
            assertThat(l.column2Text()).isEqualTo("6.6¢/kg");
        });
        HtsusLine horses = file.line("0101210010").orElseThrow();
        assertThat(horses.generalText()).isEqualTo("Free");
        assertThat(horses.column2Text()).isEqualTo("Free");
        assertThat(horses.specialText()).isEmpty();
        assertThat(horses.special()).isEqualTo(SpecialRates.NONE);
        assertThat(horses.units()).containsExactly("C62");
    }

    @Test
    void statistical_lines_printed_with_their_own_rates_keep_them() {
        HtsusLine asses = file.line("0101300000").orElseThrow();
        assertThat(asses.generalText()).isEqualTo("6.8%");
        assertThat(asses.special().preferentialRates()).singleElement()
                .satisfies(p -> assertThat(p.programs()).contains("A+", "S", "SG"));

        // the only 10-digit row printing one column of its parent: the others still come from the parent
        HtsusLine camera = file.line("9006591520").orElseThrow();
        assertThat(camera.generalText()).isEqualTo("Free");
        assertThat(camera.column2Text()).isEqualTo("20%");
    }

    @Test
    void rate_lines_without_statistical_suffixes_become_code_plus_00() {
        HtsusLine watch = file.line("9101114000").orElseThrow();

        assertThat(watch.generalText())
                .isEqualTo("51¢ each + 6.25% on the case and strap, band or bracelet + 5.3% on the battery");
        assertThat(watch.general().orElseThrow().dutyRate().orElseThrow().components()).containsExactly(
                new Specific(new BigDecimal("0.51"), "USD", "C62", ""),
                new AdValorem(new BigDecimal("6.25"), "on the case and strap, band or bracelet"),
                new AdValorem(new BigDecimal("5.3"), "on the battery"));
        assertThat(file.line("91011140")).isEmpty();
    }

    @Test
    void chapter_99_lines_are_kept_with_their_additional_duty() {
        HtsusLine line = file.line("9903030100").orElseThrow();

        assertThat(line.chapter99()).isTrue();
        assertThat(line.generalText()).isEqualTo("The duty provided in the applicable subheading + 10%");
        assertThat(line.general()).hasValueSatisfying(g -> assertThat(g).isInstanceOfSatisfying(
                RateParse.Additional.class,
                a -> assertThat(a.extra().components()).containsExactly(new AdValorem(new BigDecimal("10")))));
        assertThat(file.lines()).filteredOn(HtsusLine::chapter99).hasSizeGreaterThan(1_000)
                .allSatisfy(l -> assertThat(l.tariffCode()).startsWith("99"));
    }

    @Test
    void counts_are_those_of_the_file() {
        HtsusFile.Counts counts = file.counts();

        assertThat(counts.rows()).isEqualTo(35_733);
        assertThat(counts.statisticalRows()).isEqualTo(19_856);
        assertThat(counts.rateLinesWithoutSuffix()).isEqualTo(3_658);
        assertThat(file.lines()).hasSize(19_856 + 3_658);
        assertThat(counts.rateCells()).isEqualTo(37_055);
        assertThat(counts.coverage()).isGreaterThanOrEqualTo(0.995);
    }

    @Test
    void every_line_has_a_unique_10_digit_code_and_a_description_of_reasonable_length() {
        Set<String> codes = new HashSet<>();
        int longest = 0;
        for (HtsusLine line : file.lines()) {
            assertThat(codes.add(line.tariffCode())).as(line.tariffCode()).isTrue();
            assertThat(line.description()).isNotBlank().doesNotContain("\n");
            longest = Math.max(longest, line.description().length());
        }
        double average = file.lines().stream().mapToInt(l -> l.description().length()).average().orElseThrow();
        System.out.printf("HTSUS descriptions: average %.0f, longest %d characters%n", average, longest);
        assertThat(average).isLessThan(300);
        assertThat(longest).isLessThan(3_000);
    }

    @Test
    void every_printed_unit_of_quantity_is_known() {
        assertThat(file.lines()).allSatisfy(l -> {
            assertThat(l.units()).hasSameSizeAs(l.tariffUnits());
            assertThat(l.tariffUnits()).allSatisfy(u -> assertThat(HtsUnits.rec20(u)).as(u).isPresent());
        });
        assertThat(file.line("9802009100").orElseThrow().tariffUnits()).isEmpty(); // printed as ["\n"]
    }

    @Test
    void unparseable_rates_are_listed_with_code_column_and_text() {
        List<UnparsedRate> unparsed = file.unparsedRates();

        assertThat(unparsed).hasSizeGreaterThanOrEqualTo(file.counts().unparsedRateCells());
        assertThat(file.counts().unparsedRateCells()).isPositive();
        assertThat(unparsed).allSatisfy(u -> {
            assertThat(u.htsNumber()).matches("\\d{8}|\\d{10}");
            assertThat(u.column()).isIn("General", "Special", "Column 2");
            assertThat(u.text()).isNotBlank();
            assertThat(u.reason()).isNotBlank();
        });
        assertThat(unparsed).anySatisfy(u -> assertThat(u.text())
                .isEqualTo("The rate applicable to the natural juice in heading 2009"));
    }
}
