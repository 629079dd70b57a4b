package io.jointclear.reference.htsus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.jointclear.reference.DutyRate;
import io.jointclear.reference.PreferentialRate;
import io.jointclear.reference.RateComponent;
import io.jointclear.reference.RateComponent.AdValorem;
import io.jointclear.reference.RateComponent.Specific;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtsRateParserTest {

    static Stream<Arguments> rates() {
        return Stream.of(
                arguments("Free", List.of()),
                arguments("6.8%", List.of(av("6.8"))),
                arguments("33 1/3%", List.of(av("33.3333333333"))),
                arguments("3.9¢/kg", List.of(sp("0.039", "KGM"))),
                arguments("1¢/kg", List.of(sp("0.01", "KGM"))),
                arguments("$1.035/kg", List.of(sp("1.035", "KGM"))),
                arguments("2.2¢/kg + 5%", List.of(sp("0.022", "KGM"), av("5"))),
                arguments("37.5¢/kg + 6.4%", List.of(sp("0.375", "KGM"), av("6.4"))),
                arguments("$1.10/kg +50%", List.of(sp("1.10", "KGM"), av("50"))),
                arguments("39.9¢/kg of total sugars+ 6%", List.of(sp("0.399", "KGM", "of total sugars"), av("6"))),
                arguments("10.5¢/kg on drained weight", List.of(sp("0.105", "KGM", "on drained weight"))),
                arguments("2.1¢/kg on entire contents of container",
                        List.of(sp("0.021", "KGM", "on entire contents of container"))),
                arguments("5¢/kg on contents and container", List.of(sp("0.05", "KGM", "on contents and container"))),
                arguments("0.2¢/kg, including weight of container",
                        List.of(sp("0.002", "KGM", "including weight of container"))),
                arguments("$1.32/t, including weight of container",
                        List.of(sp("1.32", "TNE", "including weight of container"))),
                arguments("18.7¢/clean kg", List.of(sp("0.187", "KGM", "clean"))),
                arguments("2.8¢/doz.", List.of(sp("0.028", "DZN"))),
                arguments("$1.20/doz. + 60%", List.of(sp("1.20", "DZN"), av("60"))),
                arguments("90¢/pr. + 37.5%", List.of(sp("0.90", "NPR"), av("37.5"))),
                arguments("51¢ each", List.of(sp("0.51", "C62"))),
                arguments("4.5¢/ liter", List.of(sp("0.045", "LTR"))),
                arguments("23.7¢/pf.liter", List.of(sp("0.237", "LPA"))),
                arguments("4.4¢/liter + 31.4¢/pf. liter", List.of(sp("0.044", "LTR"), sp("0.314", "LPA"))),
                arguments("18.5¢/ liter + $1.32/pf. liter on ethyl alcohol content",
                        List.of(sp("0.185", "LTR"), sp("1.32", "LPA", "on ethyl alcohol content"))),
                arguments("10.5¢/bbl", List.of(sp("0.105", "BLL"))),
                arguments("14.5¢/m2 + 0.4%", List.of(sp("0.145", "MTK"), av("0.4"))),
                arguments("86.1¢/m2of recording surface", List.of(sp("0.861", "MTK", "of recording surface"))),
                arguments("$1.27/m3", List.of(sp("1.27", "MTQ"))),
                arguments("28.8¢/gross + 4.6%", List.of(sp("0.288", "GRO"), av("4.6"))),
                arguments("20¢/gross of immediate containers", List.of(sp("0.20", "GRO", "of immediate containers"))),
                arguments("0.3¢/line/ gross + 4.6%", List.of(sp("0.003", "GRO", "per line"), av("4.6"))),
                arguments("$4.95/t", List.of(sp("4.95", "TNE"))),
                arguments("38.4¢/1000", List.of(sp("0.384", "MIL"))),
                arguments("$2/1,000 + 60%", List.of(sp("2", "MIL"), av("60"))),
                arguments("10¢/1,000 pins + 3.5%", List.of(sp("0.10", "MIL", "pins"), av("3.5"))),
                arguments("$2.50/thou- sand + 40%", List.of(sp("2.50", "MIL"), av("40"))),
                arguments("$3/head", List.of(sp("3", "HEA"))),
                arguments("10¢/pack + 20%", List.of(sp("0.10", "PK"), av("20"))),
                arguments("10¢/m", List.of(sp("0.10", "MTR"))),
                arguments("$40/kg of anhydrous morphine content",
                        List.of(sp("40", "KGM", "of anhydrous morphine content"))),
                arguments("36¢ each + 5.6% + 2¢/jewel", List.of(sp("0.36", "C62"), av("5.6"), sp("0.02", "C62", "jewel"))),
                arguments("43¢ each + 2.8¢/jewel over 7 + 3.7% on the case",
                        List.of(sp("0.43", "C62"), sp("0.028", "C62", "jewel over 7"), av("3.7", "on the case"))),
                arguments("44¢ each + 6% on the case + 14% on the strap, band or bracelet + 5.3% on the battery",
                        List.of(sp("0.44", "C62"), av("6", "on the case"),
                                av("14", "on the strap, band or bracelet"), av("5.3", "on the battery"))),
                arguments("3 percent of the fair retail value", List.of(av("3", "of the fair retail value"))),
                arguments("Free, under bond, as prescribed in U.S. note 2 to this subchapter", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rates")
    void reads_every_form_of_rate(String text, List<RateComponent> expected) {
        RateParse parsed = HtsRateParser.parse(text);

        assertThat(parsed).isInstanceOf(RateParse.Rate.class);
        DutyRate rate = parsed.dutyRate().orElseThrow();
        assertThat(rate.text()).isEqualTo(text);
        assertThat(rate.components()).containsExactlyElementsOf(expected);
    }

    @Test
    void compound_rate_has_both_components_and_is_typed_compound() {
        DutyRate rate = HtsRateParser.parse("2.2¢/kg + 5%").dutyRate().orElseThrow();

        assertThat(rate.type()).isEqualTo("COMPOUND");
        assertThat(rate.components()).containsExactly(
                new Specific(new BigDecimal("0.022"), "USD", "KGM", ""), new AdValorem(new BigDecimal("5")));
    }

    static Stream<Arguments> additionalDuties() {
        return Stream.of(
                arguments("The duty provided in the applicable subheading + 25%", List.of(av("25"))),
                arguments("The duty provided inthe applicable subheading+ 25%", List.of(av("25"))),
                arguments("The duty provided in the applicable subheading plus 7.5%", List.of(av("7.5"))),
                arguments("The duty provided in the applicable subheading + 50%.", List.of(av("50"))),
                arguments("The duty provided in the applicable subheading + a duty of 50% upon the value of the steel content.",
                        List.of(av("50", "upon the value of the steel content"))),
                arguments("The duty provided in subheadings 8716.39.00, 8716.90.30 or 8716.90.50 + 100%",
                        List.of(av("100"))),
                arguments("The duty provided in the applicable subheading", List.of()),
                arguments("The duty provided for in the applicable subheading", List.of()),
                arguments("No change", List.of()),
                arguments("No Change", List.of()),
                arguments("The rate applicable in the absence of this heading", List.of()),
                arguments("The rate applicable to each garment in the ensemble if separately entered", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("additionalDuties")
    void reads_duties_relative_to_the_applicable_subheading_as_additional(String text, List<RateComponent> extra) {
        RateParse parsed = HtsRateParser.parse(text);

        assertThat(parsed).isInstanceOfSatisfying(RateParse.Additional.class, a -> {
            assertThat(a.extra().text()).isEqualTo(text);
            assertThat(a.extra().components()).containsExactlyElementsOf(extra);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "   ",
            "The rate applicable to the natural juice in heading 2009",
            "The rate applicable to the article of which it is a part or accessory",
            "See additional U.S. note 5",
            "1.4606¢/kg less 0.020668¢/kg for each degree under 100 degrees (and fractions of a degree in "
                    + "proportion) but not less than 0.943854¢/kg",
            "65% + 25¢/jewel + 3¢ for each other piece or part, but if consisting in part of a plate or a set of "
                    + "plates the total duty shall not exceed the duty for the complete movement",
            "The duty rate provided in such subheading minus 0.5%",
            "A duty upon the value of the repairs or alterations (see U.S. note 3 of this subchapter)",
            "5% (JP)",
            "3.9¢/furlong",
            "3.9¢",
            "six percent",
            "12.5% on whatever 4 of them"})
    void texts_that_are_not_a_computable_rate_are_failures_carrying_the_text(String text) {
        RateParse parsed = HtsRateParser.parse(text);

        assertThat(parsed).isInstanceOfSatisfying(RateParse.Unparsed.class, u -> {
            assertThat(u.text()).isEqualTo(text.strip());
            assertThat(u.reason()).isNotBlank();
        });
        assertThat(parsed.understood()).isFalse();
        assertThat(parsed.dutyRate()).isEmpty();
    }

    @Test
    void see_provisions_is_a_reference_not_a_rate() {
        RateParse parsed = HtsRateParser.parse("See 9919.04.40, 9919.04.41-9919.04.42");

        assertThat(parsed).isInstanceOfSatisfying(RateParse.Reference.class, r ->
                assertThat(r.provisions()).containsExactly("9919.04.40", "9919.04.41-9919.04.42"));
        assertThat(parsed.understood()).isTrue();
        assertThat(parsed.dutyRate()).isEmpty();
    }

    @Test
    void special_column_of_0702_00_20_is_free_for_usmca_and_others_despite_stray_spaces() {
        SpecialRates special = HtsRateParser.parseSpecial("Free (AU,BH, CL,CO,D,E,IL, JO,KR,MA, OM,P,PA,PE,S,SG)");

        assertThat(special.understood()).isTrue();
        assertThat(special.preferentialRates()).singleElement().satisfies(p -> {
            assertThat(p.rate().isFree()).isTrue();
            assertThat(p.rate().text()).isEqualTo("Free");
            assertThat(p.programs()).containsExactlyInAnyOrder(
                    "AU", "BH", "CL", "CO", "D", "E", "IL", "JO", "KR", "MA", "OM", "P", "PA", "PE", "S", "SG");
            assertThat(p.grantedTo("S")).isTrue();
        });
    }

    @Test
    void special_column_with_several_groups() {
        SpecialRates special = HtsRateParser.parseSpecial("Free (A*,AU,BH,CL,CO,D,E,IL,JO,KR,MA,OM,P,PA,PE,S,SG) 3.5% (JP)");

        List<PreferentialRate> rates = special.preferentialRates();
        assertThat(rates).hasSize(2);
        assertThat(rates.get(0).programs()).contains("A*", "S").hasSize(17);
        assertThat(rates.get(1).programs()).containsExactly("JP");
        assertThat(rates.get(1).rate().components()).containsExactly(av("3.5"));
    }

    @Test
    void special_column_groups_without_space_and_with_line_breaks() {
        SpecialRates glued = HtsRateParser.parseSpecial("Free (A+,AU,BH,CL,CO,D,E,IL,KR,MA,OM,P,PA,PE,S,SG)23.7¢/pf.liter(JO)");
        SpecialRates broken = HtsRateParser.parseSpecial("Free \n(A, AU, BH, CL,CO, D, E, IL, JO, KR, MA, OM, P, PA, PE, S, SG)");
        SpecialRates specificFirst = HtsRateParser.parseSpecial("2.2¢/kg (AU) Free (S)");

        assertThat(glued.groups()).extracting(SpecialRates.Group::programs)
                .containsExactly(java.util.Set.of("A+", "AU", "BH", "CL", "CO", "D", "E", "IL", "KR", "MA", "OM", "P",
                        "PA", "PE", "S", "SG"), java.util.Set.of("JO"));
        assertThat(glued.preferentialRates().get(1).rate().components()).containsExactly(sp("0.237", "LPA"));
        assertThat(broken.preferentialRates()).singleElement().satisfies(p -> assertThat(p.programs()).hasSize(17));
        assertThat(specificFirst.preferentialRates()).extracting(p -> p.rate().components())
                .containsExactly(List.of(sp("0.022", "KGM")), List.of());
    }

    @Test
    void special_column_references_and_partial_failures_keep_what_was_understood() {
        SpecialRates textiles = HtsRateParser.parseSpecial(
                "Free (BH,CL,CO,JO,KR,MA,OM,P,PE,SG) See 9822.04.30 (AU) See 9823.07.01-9823.07.07 (S+)");
        SpecialRates juice = HtsRateParser.parseSpecial(
                "Free (AU,BH,CL,CO,E,IL,JO,KR,MA,OM,P,PA,PE,S,SG)The rate applicable to the natural juice in heading 2009 (A*,D)");

        assertThat(textiles.understood()).isTrue();
        assertThat(textiles.groups().get(2).rate()).isInstanceOfSatisfying(RateParse.Reference.class,
                r -> assertThat(r.provisions()).containsExactly("9823.07.01-9823.07.07"));
        assertThat(textiles.preferentialRates()).singleElement()
                .satisfies(p -> assertThat(p.grantedTo("S+")).isFalse());

        assertThat(juice.understood()).isFalse();
        assertThat(juice.unparsed()).singleElement().satisfies(g -> {
            assertThat(g.programs()).containsExactlyInAnyOrder("A*", "D");
            assertThat(g.rate().text()).isEqualTo("The rate applicable to the natural juice in heading 2009");
        });
        assertThat(juice.preferentialRates()).singleElement().satisfies(p -> assertThat(p.grantedTo("S")).isTrue());
    }

    @Test
    void special_column_of_chapter_99_and_texts_without_programs() {
        SpecialRates additional = HtsRateParser.parseSpecial("The duty provided in the applicable subheading + 25% (CA, MX, S)");
        SpecialRates note = HtsRateParser.parseSpecial("Free (See U.S. note 4 of this subchapter)");
        SpecialRates trailingComma = HtsRateParser.parseSpecial("Free (AU,SG) 5% (B,C,)");

        assertThat(additional.groups()).singleElement().satisfies(g -> {
            assertThat(g.rate()).isInstanceOf(RateParse.Additional.class);
            assertThat(g.programs()).containsExactlyInAnyOrder("CA", "MX", "S");
        });
        assertThat(note.groups()).singleElement().satisfies(g -> {
            assertThat(g.programs()).isEmpty();
            assertThat(g.rate().dutyRate()).hasValueSatisfying(r -> assertThat(r.isFree()).isTrue());
        });
        assertThat(trailingComma.groups().get(1).programs()).containsExactlyInAnyOrder("B", "C");
        assertThat(HtsRateParser.parseSpecial("  ")).isEqualTo(SpecialRates.NONE);
    }

    @Property
    void cents_become_dollars_exactly(@ForAll @BigRange(min = "0", max = "9999") @Scale(4) BigDecimal cents) {
        RateParse parsed = HtsRateParser.parse(cents.toPlainString() + "¢/kg");

        assertThat(parsed.dutyRate().orElseThrow().components())
                .containsExactly(new Specific(cents.movePointLeft(2), "USD", "KGM", ""));
    }

    @Property
    void dollars_and_percentages_are_taken_as_printed(
            @ForAll @BigRange(min = "0", max = "999") @Scale(3) BigDecimal dollars,
            @ForAll @BigRange(min = "0", max = "300") @Scale(2) BigDecimal percent) {
        RateParse parsed = HtsRateParser.parse("$" + dollars.toPlainString() + "/kg + " + percent.toPlainString() + "%");

        assertThat(parsed.dutyRate().orElseThrow().components())
                .containsExactly(new Specific(dollars, "USD", "KGM", ""), new AdValorem(percent));
    }

    private static AdValorem av(String percent) {
        return new AdValorem(new BigDecimal(percent));
    }

    private static AdValorem av(String percent, String basis) {
        return new AdValorem(new BigDecimal(percent), basis);
    }

    private static Specific sp(String amount, String unit) {
        return new Specific(new BigDecimal(amount), "USD", unit, "");
    }

    private static Specific sp(String amount, String unit, String basis) {
        return new Specific(new BigDecimal(amount), "USD", unit, basis);
    }
}
