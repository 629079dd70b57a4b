package io.jointclear.declaration.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.DeclarationFiles.Rejection;
import io.jointclear.declaration.DeclarationFormat;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The samples and layouts of FORMATS.md, and files broken in each way a broker's system can break them. */
class MalformedFilesTest {

    /** FORMATS.md §1.6, the synthetic archivo M built from the v9.0 layout (801.4 adjusted there). */
    static final String FORMATS_SAMPLE = """
            500|1|3456|0000001|240|
            501|3456|0000001|240|1|A1|240||MEJ010203AB1||17.12340|12000|800|0|0||1250.500||1|1||MAQUILADORA EJEMPLO SA DE CV|AV INDUSTRIA||100|66600|APODACA|NLE|MEX||0|0|0|0|0
            505|0000001|20260815|COVE26000001A|CIF|USD|1500.00|1500.00|USA||TAXID123456|ACME WIRING SYSTEMS INC|MAIN STREET||500|78045|LAREDO
            506|0000001|1|20260820
            510|0000001|1|0|4560
            551|0000001|85443099|1|00|ARNES ELECTRICO PARA VEHICULO AUTOMOTOR|25.00000|17123|17123|1000.00|40.000|6|40.00000|6|0|0|1|MP-ARNES-12C|||USA|USA||||
            557|0000001|85443099|1|1|0|3040
            800|0000001|1|FIRMA_ELECTRONICA_BASE64_DEL_AGENTE|00001000000512345678
            801|m3456001.245|1|8|PRV01
            """;

    private static String m3Contract() {
        return FormatFiles.write(DeclarationFormat.M3, FormatRoundTripTest.contractDocuments().get(0));
    }

    @Test
    void theFormatsSampleHasASoundStructureAndItsFieldsLandOnTheDeclaration() {
        FormatFiles.Result r = FormatFiles.read(DeclarationFormat.M3, FORMATS_SAMPLE);
        assertThat(r.fileProblems()).isEmpty();
        DeclarationDocument d = r.documents().getFirst();
        assertThat(d.number()).isEqualTo("262434560000001");
        assertThat(d.filer()).isEqualTo("3456");
        assertThat(d.customsOffice()).isEqualTo("240");
        assertThat(d.operation()).isEqualTo("IMP");
        assertThat(d.type()).isEqualTo("A1");
        assertThat(d.exchangeRate()).isEqualByComparingTo("17.1234");
        assertThat(d.importer().taxId()).isEqualTo("MEJ010203AB1");
        assertThat(d.importer().name()).isEqualTo("MAQUILADORA EJEMPLO SA DE CV");
        assertThat(d.seller().name()).isEqualTo("ACME WIRING SYSTEMS INC");
        assertThat(d.incoterm()).isEqualTo("CIF");
        assertThat(d.currency()).isEqualTo("USD");
        assertThat(d.date()).hasToString("2026-08-20");
        assertThat(d.lines()).singleElement().satisfies(l -> {
            assertThat(l.tariffCode()).isEqualTo("8544309900");
            assertThat(l.description()).isEqualTo("ARNES ELECTRICO PARA VEHICULO AUTOMOTOR");
            assertThat(l.quantity().value()).isEqualTo(new BigDecimal("40.000"));
        });
        // what the platform's declaration has no place for is named, field by field: the pedimento is not stored
        assertThat(r.parsed().getFirst().problems()).extracting(Rejection::field)
                .contains("501.12", "501.17", "505.3", "505.4", "505.9", "551.8", "551.21");
        assertThat(r.declarationCodes()).containsOnly("UNSUPPORTED_FIELD");
    }

    @Test
    void aTruncatedFileIsReportedWithTheRecordWhereItStops() {
        String file = m3Contract();
        String cut = file.substring(0, file.indexOf("800|"));
        FormatFiles.Result r = FormatFiles.read(DeclarationFormat.M3, cut);
        assertThat(r.fileProblems()).extracting(Rejection::code).containsExactly("TRUNCATED_FILE");
        assertThat(r.fileProblems().getFirst().message()).contains("not closed by its 800");
        assertThat(r.documents()).isEmpty();
    }

    @Test
    void recordsOutOfOrderAreNamed() {
        String file = m3Contract();
        String[] lines = file.split("\n");
        // the 505 moved behind the partida
        StringBuilder swapped = new StringBuilder();
        String invoice = null;
        for (String line : lines) {
            if (line.startsWith("505|")) {
                invoice = line;
                continue;
            }
            if (line.startsWith("800|")) {
                swapped.append(invoice).append('\n');
            }
            swapped.append(line).append('\n');
        }
        FormatFiles.Result r = FormatFiles.read(DeclarationFormat.M3, swapped.toString());
        assertThat(r.fileProblems()).extracting(Rejection::field, Rejection::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("505", "RECORD_ORDER"));
        // 15 records: the moved 505 is now the 13th, just before the 800
        assertThat(r.fileProblems().getFirst().record()).isEqualTo(13);
    }

    @Test
    void missingMandatoryRecordsAreNamed() {
        String file = m3Contract();
        FormatFiles.Result no501 = FormatFiles.read(DeclarationFormat.M3, file.replaceFirst("501\\|[^\n]*\n", ""));
        assertThat(no501.fileCodes()).contains("MISSING_RECORD", "CONTROL_TOTAL_MISMATCH");
        assertThat(no501.fileProblems()).extracting(Rejection::field).contains("501", "801.4");

        FormatFiles.Result no800 = FormatFiles.read(DeclarationFormat.M3, file.replaceFirst("800\\|[^\n]*\n", ""));
        assertThat(no800.fileProblems()).extracting(Rejection::field, Rejection::code)
                .contains(org.assertj.core.groups.Tuple.tuple("800", "MISSING_RECORD"));

        FormatFiles.Result no506 = FormatFiles.read(DeclarationFormat.M3, file.replaceFirst("506\\|[^\n]*\n", "")
                .replace("|1|14|", "|1|13|"));
        assertThat(no506.fileProblems()).isEmpty();
        assertThat(no506.parsed().getFirst().problems()).extracting(Rejection::field, Rejection::code)
                .contains(org.assertj.core.groups.Tuple.tuple("506", "MISSING_RECORD"));
    }

    @Test
    void controlTotalsAndTheFileNameAreChecked() {
        String file = m3Contract();
        String last = file.lines().reduce((a, b) -> b).orElseThrow();
        FormatFiles.Result r = FormatFiles.read(DeclarationFormat.M3,
                file.replace(last, "801|m9999001.069|2|99|"));
        assertThat(r.fileProblems()).extracting(Rejection::field)
                .containsExactly("801.2", "801.3", "801.4");
        assertThat(FormatFiles.read(DeclarationFormat.M3, file.replace(last, "801|pedimentos.txt|1|14|")).fileCodes())
                .containsExactly("MALFORMED_FILE_NAME");
    }

    @Test
    void keysFieldCountsBlankLinesAndStrayRecordsAreRefused() {
        String file = m3Contract();
        assertThat(FormatFiles.read(DeclarationFormat.M3, file.replace("506|6001234|", "506|6001235|")).fileProblems())
                .extracting(Rejection::field, Rejection::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("506.2", "KEY_MISMATCH"));
        assertThat(FormatFiles.read(DeclarationFormat.M3, file.replace("506|6001234|1|20260310", "506|6001234|1")).fileCodes())
                .containsExactly("FIELD_COUNT");
        assertThat(FormatFiles.read(DeclarationFormat.M3, file.replace("506|", "\n506|")).fileCodes())
                .contains("BLANK_LINE");
        assertThat(FormatFiles.read(DeclarationFormat.M3, "551|6001234|07020003|1|04|x|||||1|||||||||||||||\n" + file).fileCodes())
                .contains("RECORD_ORDER");
        assertThat(FormatFiles.read(DeclarationFormat.M3, file + "500|1|3456|6001235|240|\n").fileCodes())
                .contains("RECORD_AFTER_END");
        assertThat(FormatFiles.read(DeclarationFormat.M3, file.replace("506|", "999|")).fileCodes())
                .contains("UNKNOWN_RECORD");
        assertThat(FormatFiles.read(DeclarationFormat.M3, "").fileCodes()).containsExactly("TRUNCATED_FILE");
    }

    @Test
    void catairControlRecordsAndTruncation() {
        String file = FormatFiles.write(DeclarationFormat.CATAIR, FormatRoundTripTest.contractDocuments().get(1));
        assertThat(FormatFiles.read(DeclarationFormat.CATAIR, file.substring(0, file.indexOf("Y0"))).fileCodes())
                .containsExactly("TRUNCATED_FILE");
        assertThat(FormatFiles.read(DeclarationFormat.CATAIR, file.replace("Y00001", "Y00002")).fileProblems())
                .extracting(Rejection::field, Rejection::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Y", "CONTROL_TOTAL_MISMATCH"));
        assertThat(FormatFiles.read(DeclarationFormat.CATAIR, file.replaceFirst("A[^\n]*\nB[^\n]*\n", "")).fileCodes())
                .contains("MISSING_RECORD");
        assertThat(FormatFiles.read(DeclarationFormat.CATAIR, file.replace("4100001", "4100002")).fileCodes())
                .containsExactly("KEY_MISMATCH");
    }

    @Test
    void cusdecSegmentCountsAndTruncation() {
        String file = FormatFiles.write(DeclarationFormat.CUSDEC, FormatRoundTripTest.contractDocuments().get(0));
        assertThat(FormatFiles.read(DeclarationFormat.CUSDEC, file.replace("UNT+23+1", "UNT+22+1")).fileProblems())
                .extracting(Rejection::field, Rejection::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UNT.1", "CONTROL_TOTAL_MISMATCH"));
        assertThat(FormatFiles.read(DeclarationFormat.CUSDEC, file.substring(0, file.indexOf("UNS+S"))).fileCodes())
                .contains("TRUNCATED_FILE");
        assertThat(FormatFiles.read(DeclarationFormat.CUSDEC, file.replace("BGM+", "XXX+")).fileCodes())
                .contains("MISSING_RECORD");
        assertThat(FormatFiles.read(DeclarationFormat.CUSDEC, file.replace("UNZ+1+1", "UNZ+2+1")).fileCodes())
                .containsExactly("CONTROL_TOTAL_MISMATCH");
        assertThat(FormatFiles.read(DeclarationFormat.CUSDEC, file.replace("UNS+D'\n", "")).fileCodes())
                .contains("RECORD_ORDER");
    }

    @Test
    void theNulCharacterNeverReachesTheDatabase() {
        assertThat(FormatFiles.read(DeclarationFormat.M3, m3Contract().replace("Tomate", "To\u0000mate")).fileCodes())
                .contains("NUL_CHARACTER");
        String cusdec = FormatFiles.write(DeclarationFormat.CUSDEC, FormatRoundTripTest.contractDocuments().get(0));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FormatFiles.read(DeclarationFormat.CUSDEC, cusdec.replace("Tomate", "To\u0000mate")))
                .hasRootCauseMessage(Edifact.NUL);
    }

    @Test
    void aValueHoldingTheArchivoMSeparatorIsRefusedOnExport() {
        DeclarationDocument d = FormatRoundTripTest.contractDocuments().get(0);
        DeclarationDocument.Line line = d.lines().getFirst();
        DeclarationDocument bad = new DeclarationDocument(d.authority(), d.number(), d.operation(), d.type(), d.regime(),
                d.filer(), d.customsOffice(), d.date(), d.exchangeRate(), d.importer(), d.exporter(), d.buyer(), d.seller(),
                d.currency(), d.incoterm(), d.freight(), d.insurance(), d.otherIncrementables(), d.immexProgram(),
                d.identifiers(), List.of(new DeclarationDocument.Line(line.tariffCode(), "a|b", line.origin(), line.destination(),
                line.quantity(), line.netWeightKg(), line.value(), line.preference(), line.manufacturer(), line.adCvdCases())));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FormatFiles.write(DeclarationFormat.M3, bad))
                .isInstanceOf(io.jointclear.shared.ProblemException.class)
                .hasMessageContaining("'|'");
        assertThat(FormatFiles.read(DeclarationFormat.CUSDEC, FormatFiles.write(DeclarationFormat.CUSDEC, bad)).documents())
                .containsExactly(bad);
    }
}
