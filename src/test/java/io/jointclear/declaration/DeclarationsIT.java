package io.jointclear.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jointclear.declaration.persistence.DeclarationRepository;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.jointclear.support.IntegrationTest;
import io.jointclear.tariff.AssessmentRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ObjectNode;

/** The module API against the real reference data and the embedded PostgreSQL. */
@IntegrationTest
class DeclarationsIT {

    @Autowired
    Declarations declarations;

    @Autowired
    DeclarationRepository stored;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theContractDeclarationsPassAgainstTheShippedReferenceData() {
        assertThat(declarations.check(Contracts.document(Contracts.mxExportTree()), "declarations[0].")).isEmpty();
        assertThat(declarations.check(Contracts.document(Contracts.usEntryTree()), "declarations[1].")).isEmpty();
        assertThat(declarations.check(Contracts.document(Contracts.mxImportTree()), "")).isEmpty();
        assertThat(declarations.check(Contracts.document(Contracts.usTshirtsTree()), "")).isEmpty();
    }

    @Test
    void realCatalogueProblemsLandOnTheLineField() {
        ObjectNode tree = Contracts.usEntryTree();
        ((ObjectNode) tree.get("lines").get(0)).put("tariffCode", "0702009999");
        tree.put("customsOffice", "0000");
        assertThat(declarations.check(Contracts.document(tree), "declarations[1]."))
                .extracting(FieldViolation::field, FieldViolation::code)
                .contains(org.assertj.core.groups.Tuple.tuple("declarations[1].lines[0].tariffCode", "UNKNOWN_TARIFF_CODE"),
                        org.assertj.core.groups.Tuple.tuple("declarations[1].customsOffice", "UNKNOWN_PORT"));
    }

    @Test
    void theContractCrossingHasNoCrossCheckFindings() {
        assertThat(declarations.crossCheck(Contracts.document(Contracts.mxExportTree()),
                Contracts.document(Contracts.usEntryTree()))).isEmpty();
    }

    @Test
    void aNumberOnAnotherCrossingIsAConflictOnTheNumberField() {
        DeclarationDocument entry = withNumber(Contracts.usEntryTree(), "31600042811");
        UUID first = UUID.randomUUID();
        transactions.executeWithoutResult(tx -> declarations.register(entry, first, "declarations[1]."));

        assertThatThrownBy(() -> transactions.executeWithoutResult(
                tx -> declarations.register(entry, UUID.randomUUID(), "declarations[1].")))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.code()).isEqualTo("DUPLICATE_DECLARATION_NUMBER");
                    assertThat(p.violations()).extracting(FieldViolation::field, FieldViolation::code)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("declarations[1].number", "DUPLICATE_DECLARATION_NUMBER"));
                });
        assertThat(stored.forCrossing(first)).containsExactly(entry);
    }

    @Test
    void theSameCrossingMayAmendItsDeclaration() {
        UUID crossing = UUID.randomUUID();
        ObjectNode tree = Contracts.mxExportTree();
        tree.put("number", "262434566009001");
        DeclarationDocument original = Contracts.document(tree);
        ((ObjectNode) tree.get("lines").get(0)).put("value", new BigDecimal("22000.00"));
        DeclarationDocument amended = Contracts.document(tree);
        DeclarationDocument entry = withNumber(Contracts.usEntryTree(), "31600090018");

        transactions.executeWithoutResult(tx -> {
            declarations.register(original, crossing, "declarations[0].");
            declarations.register(entry, crossing, "declarations[1].");
        });
        transactions.executeWithoutResult(tx -> declarations.register(amended, crossing, "declarations[0]."));

        assertThat(stored.forCrossing(crossing)).containsExactly(amended, entry);
        assertThat(jdbc.queryForObject("SELECT version FROM declaration.declaration WHERE authority = 'MX' AND number = ?",
                Integer.class, "262434566009001")).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT document->'lines'->0->>'value' FROM declaration.declaration WHERE number = ?",
                String.class, "262434566009001")).isEqualTo("22000.00");
    }

    @Test
    void registrationBelongsToTheCallersTransaction() {
        UUID crossing = UUID.randomUUID();
        DeclarationDocument entry = withNumber(Contracts.usEntryTree(), "31600090026");
        transactions.executeWithoutResult(tx -> {
            declarations.register(entry, crossing, "");
            tx.setRollbackOnly();
        });
        assertThat(stored.forCrossing(crossing)).isEmpty();
        // rolled back, so the number is free for another crossing
        UUID other = UUID.randomUUID();
        transactions.executeWithoutResult(tx -> declarations.register(entry, other, ""));
        assertThat(stored.forCrossing(other)).hasSize(1);
    }

    @Test
    void aDeclarationWithoutNumberCannotBeRegistered() {
        assertThatThrownBy(() -> declarations.register(Contracts.document(Contracts.mxImportTree()), UUID.randomUUID(), "declarations[0]."))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.violations()).extracting(FieldViolation::field).containsExactly("declarations[0].number");
                });
    }

    @Test
    void mapsTheDocumentToTheAssessmentRequest() {
        AssessmentRequest request = declarations.toAssessmentRequest(Contracts.document(Contracts.usEntryTree()));
        assertThat(request.authority()).isEqualTo(Authority.US);
        assertThat(request.type()).isEqualTo("03");
        assertThat(request.customsOffice()).isEqualTo("2304");
        assertThat(request.date()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(request.currency()).isEqualTo("USD");
        AssessmentRequest.Line line = request.lines().getFirst();
        assertThat(line.tariffCode()).isEqualTo("0702002032");
        assertThat(line.quantity()).isEqualTo(new AssessmentRequest.Quantity(new BigDecimal("18000"), "KGM"));
        assertThat(line.netWeightKg()).isEqualByComparingTo("18000");
        assertThat(line.value()).isEqualByComparingTo("21600.0");
        assertThat(line.preference()).isEqualTo("S");
        assertThat(line.adCvdCases()).containsExactly("A-201-820");
        assertThat(line.manufacturer()).isEqualTo("MXAGRELR123CUL");
        assertThat(line.exporter()).isEqualTo("AGR010215KJ3");

        AssessmentRequest mx = declarations.toAssessmentRequest(Contracts.document(Contracts.mxImportTree()));
        assertThat(mx.operation()).isEqualTo("IMP");
        assertThat(mx.regime()).isEqualTo("IMD");
        assertThat(mx.exchangeRate()).isEqualByComparingTo("18.0000");
        assertThat(mx.freight()).isEqualByComparingTo("0");
        assertThat(mx.lines().getFirst().preference()).isEqualTo("USMCA");
    }

    private static DeclarationDocument withNumber(ObjectNode tree, String number) {
        tree.put("number", number);
        return Contracts.document(tree);
    }
}
