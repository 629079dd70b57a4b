package io.jointclear.console.broker;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.clearance.FileCrossing;
import io.jointclear.shared.Authority;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CrossingFormMapperTest {

    @Test
    void platformPathsLandOnFormFields() {
        assertThat(CrossingFormMapper.fieldOf("usPort")).contains("usPort");
        assertThat(CrossingFormMapper.fieldOf("carrier.scac")).contains("carrierScac");
        assertThat(CrossingFormMapper.fieldOf("declarations[0].lines[0].tariffCode")).contains("lines[0].mxTariffCode");
        assertThat(CrossingFormMapper.fieldOf("declarations[1].lines[2].tariffCode")).contains("lines[2].usTariffCode");
        assertThat(CrossingFormMapper.fieldOf("declarations[1].lines[1].preference")).contains("preference");
        assertThat(CrossingFormMapper.fieldOf("declarations[0].number")).contains("pedimentoNumber");
        assertThat(CrossingFormMapper.fieldOf("declarations[1].number")).contains("usNumber");
        assertThat(CrossingFormMapper.fieldOf("declarations[0].lines[0].quantity.value")).contains("lines[0].quantity");
        assertThat(CrossingFormMapper.fieldOf("declarations[1].lines[1].quantity.unit")).contains("lines[1].usUnit");
        assertThat(CrossingFormMapper.fieldOf("declarations[0].exporter.taxId")).contains("mxTaxId");
        assertThat(CrossingFormMapper.fieldOf("declarations[1].importer.name")).contains("usName");
        assertThat(CrossingFormMapper.fieldOf("declarations[1].seller.taxId")).contains("mxTaxId");
        assertThat(CrossingFormMapper.fieldOf("declarations[0].buyer.name")).contains("usName");
        // the patente the number carries: the broker corrects the number
        assertThat(CrossingFormMapper.fieldOf("declarations[0].filer")).contains("pedimentoNumber");
        assertThat(CrossingFormMapper.fieldOf("declarations")).isEmpty();
    }

    @Test
    void northboundFormBecomesExportPedimentoAndUsEntry() {
        CrossingForm form = new CrossingForm();
        form.setDirection("NORTHBOUND");
        form.setMxCustomsOffice("240");
        form.setUsPort("2304");
        form.setExpectedArrival("2026-03-10T14:30");
        form.getLines().getFirst().setQuantity("20,000");
        form.getLines().getFirst().setValue("abc");
        form.setPedimentoNumber("262434566001234");
        form.setUsNumber("31600042712");
        CrossingFormMapper.Result r = CrossingFormMapper.toFiling(form, ZoneId.of("America/Mexico_City"));
        FileCrossing f = r.filing();
        assertThat(f.declarations()).extracting(d -> d.authority()).containsExactly(Authority.MX, Authority.US);
        assertThat(f.declarations().getFirst().operation()).isEqualTo("EXP");
        // the filer is the licence the number carries; the platform checks it is the broker's agency's
        assertThat(f.declarations().getFirst().filer()).isEqualTo("3456");
        assertThat(f.declarations().get(1).filer()).isEqualTo("316");
        assertThat(f.declarations().getFirst().lines().getFirst().quantity().value()).isEqualByComparingTo("20000");
        assertThat(f.expectedArrival().getOffset().getTotalSeconds()).isEqualTo(-6 * 3600);
        assertThat(r.parseProblems()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("lines[0].value");
            assertThat(v.code()).isEqualTo("NOT_A_NUMBER");
        });
    }

    @Test
    void southboundFormBecomesUsExportAndImportPedimento() {
        CrossingForm form = new CrossingForm();
        form.setDirection("SOUTHBOUND");
        form.setPreference("S");
        CrossingFormMapper.Result r = CrossingFormMapper.toFiling(form, ZoneId.of("UTC"));
        assertThat(r.filing().declarations().getFirst().operation()).isEqualTo("IMP");
        assertThat(r.filing().declarations().get(1).operation()).isEqualTo("EXP");
        assertThat(r.filing().declarations().get(1).type()).isEqualTo("EEI");
        assertThat(r.filing().declarations().getFirst().lines().getFirst().preference()).isEqualTo("USMCA");
    }

    @Test
    void everyLineBecomesOneLineOfEachDeclarationAndViolationsCountOnce() {
        CrossingForm form = new CrossingForm();
        form.setDirection("NORTHBOUND");
        form.setLines(java.util.List.of(new CrossingForm.GoodsLine(), new CrossingForm.GoodsLine(), new CrossingForm.GoodsLine()));
        form.getLines().get(2).setQuantity("x");
        CrossingFormMapper.Result r = CrossingFormMapper.toFiling(form, ZoneId.of("UTC"));
        assertThat(r.filing().declarations()).allSatisfy(d -> assertThat(d.lines()).hasSize(3));
        assertThat(r.parseProblems()).extracting(v -> v.field()).containsExactly("lines[2].quantity");
        // a line's quantity is on both declarations: one rule broken twice is one problem for the broker
        java.util.List<io.jointclear.shared.FieldViolation> general = new java.util.ArrayList<>();
        var grouped = CrossingFormMapper.group(java.util.List.of(
                new io.jointclear.shared.FieldViolation("declarations[0].lines[1].quantity.value", "REQUIRED", "m"),
                new io.jointclear.shared.FieldViolation("declarations[1].lines[1].quantity.value", "REQUIRED", "m"),
                new io.jointclear.shared.FieldViolation("declarations[1].lines[1].quantity.value", "NOT_POSITIVE", "m")), general);
        assertThat(grouped).containsOnlyKeys("lines[1].quantity");
        assertThat(grouped.get("lines[1].quantity")).extracting(v -> v.code()).containsExactly("REQUIRED", "NOT_POSITIVE");
        assertThat(general).isEmpty();
    }
}
