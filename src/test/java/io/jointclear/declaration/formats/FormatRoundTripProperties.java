package io.jointclear.declaration.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.DeclarationDocument.Identifier;
import io.jointclear.declaration.DeclarationDocument.Line;
import io.jointclear.declaration.DeclarationDocument.Party;
import io.jointclear.declaration.DeclarationDocument.Quantity;
import io.jointclear.declaration.DeclarationFormat;
import io.jointclear.shared.Authority;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * import(export(d)) == d for generated declarations in every format that carries them: texts with
 * accents, spaces and every EDIFACT service character, amounts of any scale, optional parties and
 * fields, numbers that do and do not agree with the header.
 */
class FormatRoundTripProperties {

    @Property(tries = 300)
    void mexicanDeclarationsSurviveEveryFormat(@ForAll("mexican") DeclarationDocument d) {
        for (DeclarationFormat format : List.of(DeclarationFormat.M3, DeclarationFormat.CUSDEC, DeclarationFormat.WCO)) {
            assertRoundTrip(format, d);
        }
    }

    @Property(tries = 300)
    void usDeclarationsSurviveEveryFormat(@ForAll("us") DeclarationDocument d) {
        for (DeclarationFormat format : List.of(DeclarationFormat.CATAIR, DeclarationFormat.CUSDEC, DeclarationFormat.WCO)) {
            assertRoundTrip(format, d);
        }
    }

    private static void assertRoundTrip(DeclarationFormat format, DeclarationDocument d) {
        String file = FormatFiles.write(format, d);
        FormatFiles.Result back = FormatFiles.read(format, file);
        assertThat(back.fileProblems()).as(format + "\n" + file).isEmpty();
        assertThat(back.declarationCodes()).as(format + "\n" + file).isEmpty();
        assertThat(back.documents()).as(format + "\n" + file).containsExactly(d);
    }

    /** Text a field may hold: letters (with accents), digits, spaces and punctuation, EDIFACT's +:'? included. */
    private static Arbitrary<String> text(int max) {
        return Arbitraries.strings().withChars("abcXYZ019 áéñÑü.,-/&+:'?()#=").ofMinLength(1).ofMaxLength(max);
    }

    private static Arbitrary<String> maybe(Arbitrary<String> a) {
        return a.injectNull(0.3);
    }

    private static Arbitrary<BigDecimal> amount() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999999")).ofScale(0)
                .flatMap(v -> Arbitraries.integers().between(0, 5).map(scale -> v.movePointLeft(scale).setScale(scale)))
                .injectNull(0.2);
    }

    private static Arbitrary<Party> party() {
        return Combinators.combine(text(20), maybe(text(30)), maybe(Arbitraries.of("MX", "US", "CA", "DE")))
                .as(Party::new).injectNull(0.3);
    }

    private static Arbitrary<Line> line(boolean us) {
        Arbitrary<Quantity> quantity = Combinators.combine(amount().filter(java.util.Objects::nonNull), Arbitraries.of("KGM", "LTR", "C62", "DZN"))
                .as(Quantity::new).injectNull(0.1);
        Arbitrary<String> tariff = Arbitraries.oneOf(Arbitraries.strings().numeric().ofLength(10), text(12));
        return Builders.withBuilder(() -> new Object[10])
                .use(tariff).in((a, v) -> set(a, 0, v))
                .use(maybe(text(60))).in((a, v) -> set(a, 1, v))
                .use(maybe(Arbitraries.of("MX", "US", "CN"))).in((a, v) -> set(a, 2, v))
                .use(maybe(Arbitraries.of("US", "MX"))).in((a, v) -> set(a, 3, v))
                .use(quantity).in((a, v) -> set(a, 4, v))
                .use(amount()).in((a, v) -> set(a, 5, v))
                .use(amount()).in((a, v) -> set(a, 6, v))
                .use(maybe(us ? Arbitraries.of("S", "S+", "A") : Arbitraries.of("USMCA", "T-MEC"))).in((a, v) -> set(a, 7, v))
                .use(maybe(text(15))).in((a, v) -> set(a, 8, v))
                .use(text(12).list().ofMaxSize(3)).in((a, v) -> set(a, 9, v))
                .build(a -> new Line((String) a[0], (String) a[1], (String) a[2], (String) a[3], (Quantity) a[4],
                        (BigDecimal) a[5], (BigDecimal) a[6], (String) a[7], (String) a[8], list(a[9])));
    }

    @Provide
    Arbitrary<DeclarationDocument> mexican() {
        return declaration(false);
    }

    @Provide
    Arbitrary<DeclarationDocument> us() {
        return declaration(true);
    }

    private Arbitrary<DeclarationDocument> declaration(boolean us) {
        Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 9000).map(d -> LocalDate.of(2001, 1, 1).plusDays(d));
        Arbitrary<String> office = us ? Arbitraries.strings().numeric().ofLength(4) : Arbitraries.of("240", "470", "800", "07");
        Arbitrary<String> filer = us ? Arbitraries.strings().withChars("A1B2C3").ofLength(3) : Arbitraries.strings().numeric().ofLength(4);
        Arbitrary<Identifier> identifier = Combinators.combine(Arbitraries.strings().alpha().ofLength(2), maybe(text(20))).as(Identifier::new);
        return Builders.withBuilder(() -> new Object[21])
                .use(date).in((a, v) -> set(a, 7, v))
                .use(office).in((a, v) -> set(a, 6, v))
                .use(filer).in((a, v) -> set(a, 5, v))
                .use(Arbitraries.longs().between(0, 9_999_999)).in((a, v) -> set(a, 1, v))
                .use(Arbitraries.integers().between(0, 3)).in((a, v) -> set(a, 2, v))
                .use(Arbitraries.of("A1", "IN", "V1", "01", "03")).in((a, v) -> set(a, 3, v))
                .use(maybe(Arbitraries.of("IMD", "EXD", "ITE"))).in((a, v) -> set(a, 4, v))
                .use(amount()).in((a, v) -> set(a, 8, v))
                .use(party()).in((a, v) -> set(a, 9, v))
                .use(party()).in((a, v) -> set(a, 10, v))
                .use(party()).in((a, v) -> set(a, 11, v))
                .use(party()).in((a, v) -> set(a, 12, v))
                .use(maybe(Arbitraries.of("USD", "MXN", "EUR"))).in((a, v) -> set(a, 13, v))
                .use(maybe(Arbitraries.of("FCA", "DAP", "EXW"))).in((a, v) -> set(a, 14, v))
                .use(amount()).in((a, v) -> set(a, 15, v))
                .use(amount()).in((a, v) -> set(a, 16, v))
                .use(amount()).in((a, v) -> set(a, 17, v))
                .use(maybe(text(15))).in((a, v) -> set(a, 18, v))
                .use(identifier.list().ofMaxSize(3)).in((a, v) -> set(a, 19, v))
                .use(line(us).list().ofMinSize(1).ofMaxSize(4)).in((a, v) -> set(a, 20, v))
                .build(a -> document(a, us));
    }

    private static DeclarationDocument document(Object[] a, boolean us) {
        LocalDate date = (LocalDate) a[7];
        String office = (String) a[6];
        String filer = (String) a[5];
        long sequence = (Long) a[1];
        int shape = (Integer) a[2];
        String number;
        String operation = us ? null : List.of("IMP", "EXP", "TRA").get(shape % 3);
        if (us) {
            number = filer + String.format("%08d", sequence);
        } else if (shape == 3 || office.length() < 2) {
            number = String.format("%015d", sequence * 31);
        } else {
            number = String.format("%02d", date.getYear() % 100) + office.substring(0, 2) + filer + (date.getYear() % 10)
                    + String.format("%06d", sequence % 1_000_000);
        }
        return new DeclarationDocument(us ? Authority.US : Authority.MX, number, operation, (String) a[3], (String) a[4],
                filer, office, date, (BigDecimal) a[8], (Party) a[9], (Party) a[10], (Party) a[11], (Party) a[12],
                (String) a[13], (String) a[14], (BigDecimal) a[15], (BigDecimal) a[16], (BigDecimal) a[17],
                (String) a[18], list(a[19]), list(a[20]));
    }

    private static Object[] set(Object[] a, int i, Object v) {
        a[i] = v;
        return a;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object o) {
        return (List<T>) o;
    }
}
