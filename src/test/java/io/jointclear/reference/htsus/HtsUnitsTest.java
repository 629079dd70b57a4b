package io.jointclear.reference.htsus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtsUnitsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            kg          | KGM
            g           | GRM
            t           | TNE
            liters      | LTR
            pf.liters   | LPA
            pf. liter   | LPA
            doz.        | DZN
            doz. prs.   | DPR
            No.         | C62
            prs.        | NPR
            pr.         | NPR
            bbl         | BLL
            m2          | MTK
            m²          | MTK
            m3          | MTQ
            gross       | GRO
            thousands   | MIL
            carat       | CTM
            Cu kg       | KGM
            kg cmsc     | KGM
            t adw       | TNE
            Au g        | GRM
            W kg        | KGM
            thousand m3 | R9
            """)
    void maps_hts_units_to_rec_20(String hts, String rec20) {
        assertThat(HtsUnits.rec20(hts)).hasValue(rec20);
    }

    @Test
    void units_without_a_code_and_unknown_units() {
        assertThat(HtsUnits.rec20("doses")).hasValue("");
        assertThat(HtsUnits.rec20("furlong")).isEmpty();
    }

    @Test
    void reads_the_unit_of_quantity_column() {
        assertThat(HtsUnits.printed("[\"doz.\",\"kg\"]")).containsExactly("doz.", "kg");
        assertThat(HtsUnits.printed("[\"No. and kg\"]")).containsExactly("No.", "kg");
        assertThat(HtsUnits.printed("[\"\\n\"]")).isEmpty();
        assertThat(HtsUnits.printed("")).isEmpty();
        assertThat(HtsUnits.rec20(HtsUnits.printed("[\"m²\",\"kg\"]"))).containsExactly("MTK", "KGM");
    }
}
