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

    /** Records of a file before its 801. */
    private static long records(String file) {
        return file.lines().count() - 1;
    }

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
            // SAT unit 6 (PIEZA), SAAI country USA, the USD value of an invoice in USD
            assertThat(l.quantity().unit()).isEqualTo("C62");
            assertThat(l.origin()).isEqualTo("US");
            assertThat(l.value()).isEqualTo(new BigDecimal("1000.00"));
        });
        assertThat(d.importer().country()).isEqualTo("MX");
        assertThat(d.seller().country()).isEqualTo("US");
        assertThat(d.regime()).as("A1 for an import is only IMD (Apéndice 2)").isEqualTo("IMD");
        // what the platform's declaration has no element for is carried, not refused
        assertThat(r.declarationCodes()).isEmpty();
        assertThat(r.parsed().getFirst().values().carried()).extracting(ElementValues.Carried::anchor,
                ElementValues.Carried::overlay, ElementValues.Carried::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, true, "501"), org.assertj.core.groups.Tuple.tuple(0, true, "505"),
                org.assertj.core.groups.Tuple.tuple(1, true, "551"));
    }

    @Test
    void theFormatsSampleIsWrittenBackWithEveryFieldItCarried() {
        ElementValues v = FormatFiles.read(DeclarationFormat.M3, FORMATS_SAMPLE).parsed().getFirst().values();
        String exported = FormatFiles.codec(DeclarationFormat.M3).write(List.of(v));
        List<String> sample = FORMATS_SAMPLE.lines().toList();
        // contributions (510, 557) are the platform's to assess, the e.firma is the agent's, the 801 the file's
        List<String> expected = sample.stream().filter(l -> !l.startsWith("510|") && !l.startsWith("557|")
                && !l.startsWith("800|") && !l.startsWith("801|")).toList();
        List<String> written = exported.lines().filter(l -> !l.startsWith("800|") && !l.startsWith("801|")).toList();
        assertThat(written).containsExactlyElementsOf(expected);

        ElementValues again = FormatFiles.read(DeclarationFormat.M3, exported).parsed().getFirst().values();
        assertThat(again.carried()).isEqualTo(v.carried());
        assertThat(again.toDocument(new java.util.ArrayList<>())).isEqualTo(v.toDocument(new java.util.ArrayList<>()));
    }

    @Test
    void aDayFileWithRecordsThePlatformHasNoElementForIsReadWholeAndWrittenBackUnchanged() {
        String day = dayFile();
        FormatFiles.Result r = FormatFiles.read(DeclarationFormat.M3, day);
        assertThat(r.fileProblems()).isEmpty();
        assertThat(r.declarationCodes()).isEmpty();
        assertThat(r.documents()).hasSize(3);
        assertThat(r.documents()).extracting(DeclarationDocument::number)
                .containsExactly("262434560000001", "262434566000002", "262434566000003");
        ElementValues second = r.parsed().get(1).values();
        assertThat(second.carried()).extracting(ElementValues.Carried::type)
                .contains("502", "503", "504", "516", "520", "552", "553", "554", "701", "702", "511");
        String exported = FormatFiles.codec(DeclarationFormat.M3).write(r.parsed().stream().map(Codec.ParsedDeclaration::values).toList());
        List<String> original = day.lines().filter(l -> !l.matches("(510|557|800|801)\\|.*")).toList();
        assertThat(exported.lines().filter(l -> !l.matches("(800|801)\\|.*")).toList()).containsExactlyElementsOf(original);
        FormatFiles.Result back = FormatFiles.read(DeclarationFormat.M3, exported);
        assertThat(back.fileProblems()).isEmpty();
        assertThat(back.documents()).isEqualTo(r.documents());
        for (int i = 0; i < 3; i++) {
            assertThat(back.parsed().get(i).values().carried()).isEqualTo(r.parsed().get(i).values().carried());
        }
    }

    @Test
    void codesOutsideTheCataloguesAreCarriedAsTheyCameAndTranslateNothing() {
        // ZZZ is no country key of c_Pais, 77 no SAT unit number, a 701 read before the partidas
        String odd = FORMATS_SAMPLE.replace("|USA|USA||||", "|ZZZ|USA||||").replace("|40.000|6|", "|40.000|77|")
                .replace("506|0000001|1|20260820\n", "506|0000001|1|20260820\n701|3456|0000001|240|1|20260820|1|0|0|0|0\n")
                .replace("|1|8|PRV01", "|1|9|PRV01");
        FormatFiles.Result r = FormatFiles.read(DeclarationFormat.M3, odd);
        assertThat(r.fileProblems()).isEmpty();
        DeclarationDocument.Line line = r.documents().getFirst().lines().getFirst();
        assertThat(line.origin()).isNull();
        assertThat(line.quantity().unit()).isNull();
        String exported = FormatFiles.codec(DeclarationFormat.M3).write(List.of(r.parsed().getFirst().values()));
        assertThat(exported).contains("|40.000|77|", "|ZZZ|USA||||");
        // the 701 goes where the layout puts it: after the partidas, before the 800
        List<String> lines = exported.lines().toList();
        assertThat(lines.get(lines.size() - 3)).startsWith("701|");
        FormatFiles.Result back = FormatFiles.read(DeclarationFormat.M3, exported);
        assertThat(back.documents()).isEqualTo(r.documents());
        assertThat(back.parsed().getFirst().values().carried()).isEqualTo(r.parsed().getFirst().values().carried());
    }

    @Test
    void carriedRecordsStillHaveToBeLinkedToTheirParents() {
        String day = dayFile();
        // a 552 naming another partida, a 502 for another pedimento, a 553 with a field missing
        assertThat(FormatFiles.read(DeclarationFormat.M3, day.replace("552|6000002|85443099|1|", "552|6000002|85443099|2|")).fileCodes())
                .containsExactly("KEY_MISMATCH");
        assertThat(FormatFiles.read(DeclarationFormat.M3, day.replace("502|6000002|", "502|0000009|")).fileCodes())
                .containsExactly("KEY_MISMATCH");
        assertThat(FormatFiles.read(DeclarationFormat.M3, day.replace("|NOM-001-SCFI|", "|")).fileCodes())
                .containsExactly("FIELD_COUNT");
        // a transport record after the partidas is out of order; a partida record before any 551 too
        assertThat(FormatFiles.read(DeclarationFormat.M3, day.replace("702|6000002|1|0|120\n",
                "702|6000002|1|0|120\n502|6000002|X||N|MEX|P|1|D\n")).fileProblems())
                .extracting(Rejection::field, Rejection::code).contains(org.assertj.core.groups.Tuple.tuple("502", "RECORD_ORDER"));
        String noPartida = day.replaceFirst("551\\|6000002\\|[^\n]*\n", "");
        assertThat(FormatFiles.read(DeclarationFormat.M3, noPartida).fileCodes()).contains("RECORD_ORDER");
    }

    /**
     * A realistic day's file of patente 3456 at Nuevo Laredo (240): the FORMATS.md sample, a pedimento
     * carrying transport, guide, container, seal, destinatario, VIN, permit, partida identifier and a
     * rectification (field counts per FORMATS.md §1.5), and a pedimento with a free-text observación.
     */
    static String dayFile() {
        List<String> first = FORMATS_SAMPLE.lines().filter(l -> !l.startsWith("801|")).toList();
        List<String> records = new java.util.ArrayList<>(first);
        records.addAll(List.of(
                "500|1|3456|6000002|240|",
                "501|3456|6000002|240|1|A1|240||MEJ010203AB1||17.12340|9500|0|0|0||860.000||7|7||MAQUILADORA EJEMPLO SA DE CV|AV INDUSTRIA||100|66600|APODACA|NLE|MEX||0|0|0|0|0",
                "502|6000002|TNO020304AB5||TRANSPORTES DEL NORTE SA DE CV|MEX|ABC1234|12|CARRETERA 85 KM 3",
                "503|6000002|BOL-77001|1",
                "504|6000002|TRLU1234567|1",
                "505|6000002|20260808|COVE26000002B|FCA|USD|3200.00|3200.00|USA||74-1234567|ACME WIRING SYSTEMS INC|MAIN STREET||500|78045|LAREDO",
                "505|6000002|20260809|COVE26000003C|FCA|USD|800.00|800.00|USA||74-1234567|ACME WIRING SYSTEMS INC|MAIN STREET||500|78045|LAREDO",
                "506|6000002|1|20260810",
                "506|6000002|2|20260811",
                "507|6000002|IM|2024-1234||",
                "511|6000002|1|MERCANCIA EN UN SOLO EMBARQUE",
                "516|6000002|ABC1234|SEAL998877",
                "520|6000002|MEJ010203AB1|MAQUILADORA EJEMPLO SA DE CV|AV INDUSTRIA||100|66600|APODACA|NLE",
                "551|6000002|85443099|1|01|ARNES ELECTRICO PARA VEHICULO AUTOMOTOR|25.00000|54000|54000|3200.00|128.000|6|123.20000|1|0|0|1|MP-ARNES-12C|||USA|USA||||",
                "552|6000002|85443099|1|SERIE-0001|1",
                "553|6000002|85443099|1|NM|NOM-001-SCFI|PERMISO-1|3200.00|128.000",
                "554|6000002|85443099|1|EN|NOM-050||",
                "551|6000002|85443099|2|01|ARNES DE REPUESTO|25.00000|13500|13500|800.00|32.000|6|30.80000|1|0|0|1|MP-ARNES-12C|||USA|USA||||",
                "701|3456|6000002|240|1|20260810|1|0|0|0|0",
                "702|6000002|1|0|120",
                "800|6000002|1|FIRMA|00001000000512345678",
                "500|1|3456|6000003|240|",
                "501|3456|6000003|240|1|A1|240||MEJ010203AB1||17.12340|0|0|0|0||410.000||7|7||MAQUILADORA EJEMPLO SA DE CV|AV INDUSTRIA||100|66600|APODACA|NLE|MEX||0|0|0|0|0",
                "505|6000003|20260812|COVE26000004D|DAP|USD|2100.00|2100.00|USA||74-1234567|ACME WIRING SYSTEMS INC|MAIN STREET||500|78045|LAREDO",
                "506|6000003|1|20260812",
                "551|6000003|85443099|1|01|ARNES ELECTRICO PARA VEHICULO AUTOMOTOR|25.00000|36000|36000|2100.00|84.000|6|80.90000|1|0|0|1|MP-ARNES-12C|||USA|USA||||",
                "558|6000003|85443099|1|1|RETORNO DE MERCANCIA ELABORADA",
                "800|6000003|1|FIRMA|00001000000512345678"));
        records.add("801|m3456001.232|3|" + records.size() + "|PRV01");
        return String.join("\n", records) + "\n";
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
        // the moved 505 is now the record just before the 800
        List<String> moved = swapped.toString().lines().toList();
        assertThat(r.fileProblems().getFirst().record()).isEqualTo(moved.indexOf(invoice) + 1);
        assertThat(moved.get(moved.indexOf(invoice) + 1)).startsWith("800|");
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
                .replace("|1|" + records(file) + "|", "|1|" + (records(file) - 1) + "|"));
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
        assertThat(FormatFiles.read(DeclarationFormat.M3, file.replace(last, "801|pedimentos.txt|1|" + records(file) + "|")).fileCodes())
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
