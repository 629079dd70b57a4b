package io.jointclear.declaration.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxIdsTest {

    @ParameterizedTest
    @CsvSource({
            "CBA020301QW2, true, true, false",    // contract: company, 1 Mar 2002
            "AGR010215KJ3, true, true, false",    // contract
            "GODE561231GR8, true, false, true",   // individual, 31 Dec 1956
            "XEXX010101000, true, false, true",   // generic RFC for foreign residents
            "ÑAF0002295A1, true, true, false",    // Ñ allowed; 29 Feb 2000
            "AGR010230KJ3, false, false, false",  // 30 February
            "AGR011315KJ3, false, false, false",  // month 13
            "AGR010215KJ, false, false, false",   // homoclave too short
            "AGR010215KJB, false, false, false",  // homoclave check character is a digit or A
            "AG1010215KJ3, false, false, false",  // digit in the name part
            "agr010215kj3, false, false, false",  // lower case is not how RFCs are filed
            "ABCDE010215KJ3, false, false, false",
    })
    void recognisesRfcsOfCompaniesAndIndividuals(String rfc, boolean valid, boolean company, boolean individual) {
        assertThat(TaxIds.isRfc(rfc)).isEqualTo(valid);
        assertThat(TaxIds.isCompanyRfc(rfc)).isEqualTo(company);
        assertThat(TaxIds.isIndividualRfc(rfc)).isEqualTo(individual);
    }

    @ParameterizedTest
    @CsvSource({
            "12-3456789, true",     // EIN (contract buyer)
            "12-345678900, true",   // CBP importer number = EIN + suffix (contract importer)
            "98-765432100, true",
            "12-3456789AB, true",
            "123456789, false",     // no hyphen
            "12-34567890, false",   // one suffix character
            "1-23456789, false",
            "12-3456789000, false",
    })
    void recognisesEinAndCbpImporterNumbers(String taxId, boolean valid) {
        assertThat(TaxIds.isUsTaxId(taxId)).isEqualTo(valid);
    }
}
