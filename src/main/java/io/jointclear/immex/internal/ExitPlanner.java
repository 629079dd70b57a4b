package io.jointclear.immex.internal;

import io.jointclear.immex.ExitKind;
import io.jointclear.immex.Immex.ExitLine;
import io.jointclear.immex.Immex.Program;
import io.jointclear.immex.internal.LedgerStore.ResolvedLine;
import io.jointclear.immex.internal.LedgerStore.Shortfall;
import io.jointclear.shared.FieldViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Writes an exit with its lines in the caller's transaction and works out what it consumes: each
 * line is a finished product (exploded through its bill of materials) or a material returned as
 * imported, by the catalogue in force on the exit date. The caller decides what a shortfall means:
 * a refusal (rolled back, nothing written) or a discrepancy kept for the officers.
 */
@Component
class ExitPlanner {

    static final String PRODUCT = "PRODUCT";
    static final String MATERIAL = "MATERIAL";

    private final ProgramStore programs;
    private final LedgerStore ledger;

    ExitPlanner(ProgramStore programs, LedgerStore ledger) {
        this.programs = programs;
        this.ledger = ledger;
    }

    /** An exit to write: {@code fieldOf} names each line's field in the caller's request (for violations). */
    record Planned(UUID exitId, Program program, String pedimento, String clave, ExitKind kind, LocalDate date,
                   String destination, UUID crossing, List<ExitLine> lines, String fieldPrefix) {
    }

    /** What the exit's lines are, or why some cannot be (unknown part number, wrong kind). */
    record Resolution(List<ResolvedLine> lines, List<FieldViolation> violations) {
    }

    Resolution resolve(Planned p) {
        List<String> parts = p.lines().stream().map(ExitLine::partNumber).filter(s -> s != null).distinct().toList();
        Set<String> products = new HashSet<>(programs.productsAsOf(p.program().id(), parts, p.date()));
        Set<String> withBom = new HashSet<>(programs.productsWithBomAsOf(p.program().id(), parts, p.date()));
        Set<String> materials = new HashSet<>(programs.knownMaterials(p.program().id(), parts, p.date()));
        List<ResolvedLine> resolved = new ArrayList<>();
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < p.lines().size(); i++) {
            ExitLine line = p.lines().get(i);
            String field = p.fieldPrefix() + "[" + i + "].partNumber";
            if (line.partNumber() == null || line.partNumber().isBlank()) {
                violations.add(new FieldViolation(field, "PART_NUMBER_REQUIRED",
                        "Program " + p.program().number() + " keeps its inventory by part number: give the line's partNumber"));
                continue;
            }
            String goods = line.goods() != null ? line.goods()
                    : products.contains(line.partNumber()) ? PRODUCT : materials.contains(line.partNumber()) ? MATERIAL : null;
            boolean known = PRODUCT.equals(goods) ? products.contains(line.partNumber())
                    : MATERIAL.equals(goods) && materials.contains(line.partNumber());
            if (!known) {
                violations.add(new FieldViolation(field, "UNKNOWN_PART_NUMBER", "Part number " + line.partNumber()
                        + " is not a " + (goods == null ? "product or material" : goods.toLowerCase()) + " of program "
                        + p.program().number() + " on " + p.date()));
                continue;
            }
            if (PRODUCT.equals(goods) && !withBom.contains(line.partNumber())) {
                violations.add(new FieldViolation(field, "NO_BILL_OF_MATERIALS", "Product " + line.partNumber()
                        + " has no bill of materials in its version in force on " + p.date() + ": nothing to discharge"));
                continue;
            }
            resolved.add(new ResolvedLine(i + 1, line.partNumber(), goods, line.quantity()));
        }
        return new Resolution(resolved, violations);
    }

    /** Writes the exit and its lines and fills the demand table; the shortfalls against open balances. */
    List<Shortfall> write(Planned p, List<ResolvedLine> lines, Instant now) {
        if (!ledger.insertExit(p.exitId(), p.program().id(), p.pedimento(), p.clave(), p.kind(), p.date(), p.destination(),
                p.crossing(), now)) {
            throw new io.jointclear.shared.ProblemException(409, "EXIT_ALREADY_RECORDED", "Exit already recorded",
                    "Program " + p.program().number() + " already has an exit with pedimento " + p.pedimento());
        }
        ledger.insertExitLines(p.exitId(), lines);
        ledger.explode(new UUID[] {p.exitId()});
        return ledger.shortfalls(p.program().id(), p.date());
    }

    /** The violations naming each part number short and by how much. */
    static List<FieldViolation> shortfallViolations(List<Shortfall> shortfalls, String field) {
        return shortfalls.stream().map(s -> new FieldViolation(field, "IMMEX_BALANCE_SHORTFALL", "Part number " + s.partNumber()
                + ": the return needs " + s.needed().toPlainString() + ", open balance " + s.open().toPlainString()
                + ", short by " + s.missing().toPlainString())).toList();
    }
}
