package io.jointclear.declaration.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryNumbersTest {

    @Test
    void theContractEntryNumberCarriesTheCatairCheckDigit() {
        // 3 1 6 0 0 0 4 2 7 1: doubled from the right 1→2, 2→4, 0, 0, 1→2; kept 7, 4, 0, 6, 3 → sum 28 → 30 - 28 = 2
        assertThat(EntryNumbers.checkDigit("3160004271")).isEqualTo(2);
        assertThat(EntryNumbers.hasValidCheckDigit("31600042712")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            // worked by hand: doubled positions from the right, digit sums, then 10 - sum mod 10
            "0000000000, 0",
            "0000000001, 8",   // 1×2 = 2 → 8
            "0000000010, 9",   // 1 kept → 9
            "0000000005, 9",   // 5×2 = 10 → 1+0 = 1 → 9
            "1234567890, 3",   // doubled 0,8,6,4,2 → 0+(1+6)+(1+2)+8+4 = 22; kept 9,7,5,3,1 = 25; 47 → 3
            "ABC1234567, 6",   // A=1 B=2 C=3 → 1231234567: doubled 7,5,3,1,2 → 5+1+6+2+4 = 18; kept 16; 34 → 6
            "JSZ0000000, 6",   // J=1 S=2 Z=9 → 1290000000: 1 kept, 2 doubled → 4, 9 kept; 14 → 6
    })
    void computesTheModulus10CheckDigitWithKeypunchValuesForLetters(String firstTen, int expected) {
        assertThat(EntryNumbers.checkDigit(firstTen)).isEqualTo(expected);
    }

    @Test
    void lettersTakeTheirKeypunchValues() {
        assertThat(EntryNumbers.numericValue('A')).isEqualTo(1);
        assertThat(EntryNumbers.numericValue('I')).isEqualTo(9);
        assertThat(EntryNumbers.numericValue('J')).isEqualTo(1);
        assertThat(EntryNumbers.numericValue('R')).isEqualTo(9);
        assertThat(EntryNumbers.numericValue('S')).isEqualTo(2);
        assertThat(EntryNumbers.numericValue('Z')).isEqualTo(9);
    }

    @Test
    void detectsASingleWrongDigitAndAnAdjacentTransposition() {
        assertThat(EntryNumbers.hasValidCheckDigit("31600042713")).isFalse();
        assertThat(EntryNumbers.hasValidCheckDigit("31600042172")).isFalse(); // 71 → 17
        assertThat(EntryNumbers.hasValidCheckDigit("31600052712")).isFalse();
    }

    @Test
    void rejectsNumbersOfTheWrongShape() {
        assertThat(EntryNumbers.isWellFormed("3160004271")).isFalse();
        assertThat(EntryNumbers.isWellFormed("316-0004271-2")).isFalse();
        assertThat(EntryNumbers.isWellFormed("316000427A2")).isFalse();
        assertThat(EntryNumbers.isWellFormed("B7600042712")).isTrue();
        assertThatThrownBy(() -> EntryNumbers.checkDigit("31600042")).isInstanceOf(IllegalArgumentException.class);
    }
}
