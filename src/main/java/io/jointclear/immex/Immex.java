package io.jointclear.immex;

import io.jointclear.shared.Actor;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The IMMEX module's API: programs, their Annex 24 catalogues and inventory ledger. Reads are scoped
 * to who asks — officials (officers, analysts, auditors, administrators) see every program, a company
 * user only its own (by RFC), anyone else none; writes to a program's catalogues and ledger are its
 * company's or an administrator's.
 */
public interface Immex {

    List<Program> programs(Actor actor);

    Program program(UUID id, Actor actor);

    /** Registers a program authorised by the SE (an administrator's or a Mexican officer's act). */
    Program register(NewProgram program, Actor actor);

    /** Materials CSV (Annex 24 apartado A, catálogo de materiales), one version per line and date. */
    ImportResult importMaterials(UUID program, Reader csv, Actor actor);

    /** Finished products CSV (catálogo de productos). */
    ImportResult importProducts(UUID program, Reader csv, Actor actor);

    /** Bills of materials CSV: a product version's materials, quantity per unit and scrap. */
    ImportResult importBoms(UUID program, Reader csv, Actor actor);

    /** Entries of temporary-import pedimentos cleared outside the platform. */
    ImportResult importEntries(UUID program, Reader csv, Actor actor);

    /** Open and closed balances per entry pedimento and part number, oldest first; one part number when given. */
    List<Balance> balances(UUID program, String partNumber, boolean openOnly, Actor actor);

    /** Open balances due within 60 days or overdue, soonest first. */
    List<Balance> alerts(UUID program, Actor actor);

    List<Discharge> discharges(UUID program, String exitPedimento, int limit, Actor actor);

    /** An exit filed outside a crossing (F4/F5 change of regime, destruction, a return cleared elsewhere). */
    ExitRecorded recordExit(UUID program, NewExit exit, Actor actor);

    /** A V1 virtual transfer: the transferor's virtual return and the transferee's virtual temporary import. */
    ExitRecorded transfer(Transfer transfer, Actor actor);

    record Program(UUID id, String number, String rfc, String name, Modality modality, List<String> plants,
                   LocalDate validFrom, LocalDate validTo, String status, boolean certifiedIvaIeps) {
    }

    record NewProgram(String number, String rfc, String name, Modality modality, List<String> plants,
                      LocalDate validFrom, LocalDate validTo, Boolean certifiedIvaIeps) {
    }

    /**
     * One entry line's balance.
     *
     * @param daysLeft days from today to the deadline (negative when overdue; null for fixed assets of a
     *                 program without end)
     * @param alert    {@code OVERDUE}, {@code DAYS_7}, {@code DAYS_30}, {@code DAYS_60} or null
     */
    record Balance(String pedimento, int line, String partNumber, Category category, String legalTerm,
                   LocalDate entryDate, BigDecimal quantity, BigDecimal remaining, String umc, BigDecimal remainingUmt,
                   String umt, BigDecimal igiDeferredMxn, BigDecimal ivaCreditMxn, LocalDate deadline, Long daysLeft,
                   String alert) {
    }

    /** One discharge: which entry pedimento and line an exit line consumed, and how much (UMC). */
    record Discharge(String exitPedimento, String exitClave, int exitLine, String partNumber, BigDecimal quantity,
                     String entryPedimento, int entryLine, LocalDate entryDate, LocalDate dischargedOn) {
    }

    /** @param goods {@code PRODUCT} (explodes through its bill of materials) or {@code MATERIAL} (as imported); null: by catalogue */
    record ExitLine(String partNumber, String goods, BigDecimal quantity) {
    }

    record NewExit(String pedimento, String clave, LocalDate date, String destination, List<ExitLine> lines) {
    }

    record Transfer(UUID fromProgram, UUID toProgram, String exportPedimento, String importPedimento, LocalDate date,
                    List<ExitLine> lines) {
    }

    /** An exit written with its discharges (and for a transfer, the receiver's new entries). */
    record ExitRecorded(UUID exitId, String pedimento, String clave, int discharges, int entriesCreated) {
    }

    record ImportResult(int accepted, List<Rejection> rejected) {
        public ImportResult {
            rejected = List.copyOf(rejected);
        }
    }

    /** A refused CSV line (1-based, the header is line 1) with the field and why. */
    record Rejection(int line, String field, String code, String message) {
    }
}
