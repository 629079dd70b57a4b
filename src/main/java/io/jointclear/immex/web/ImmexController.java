package io.jointclear.immex.web;

import io.jointclear.immex.Immex;
import io.jointclear.immex.Immex.Balance;
import io.jointclear.immex.Immex.Discharge;
import io.jointclear.immex.Immex.ExitRecorded;
import io.jointclear.immex.Immex.ImportResult;
import io.jointclear.immex.Immex.Program;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** IMMEX programs, their Annex 24 catalogues (CSV) and the inventory ledger: balances, alerts, discharges, exits, transfers. */
@RestController
@RequestMapping(path = "/api/v1/immex", produces = MediaType.APPLICATION_JSON_VALUE)
class ImmexController {

    private final Immex immex;

    ImmexController(Immex immex) {
        this.immex = immex;
    }

    @GetMapping("/programs")
    @Operation(summary = "IMMEX programs: every program for officials, a company user its own")
    List<Program> programs(Actor actor) {
        return immex.programs(actor);
    }

    @PostMapping(path = "/programs", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a program authorised by the SE (administrators, Mexican officers)")
    ResponseEntity<Program> register(@RequestBody Immex.NewProgram program, Actor actor) {
        Program p = immex.register(program, actor);
        return ResponseEntity.created(URI.create("/api/v1/immex/programs/" + p.id())).body(p);
    }

    @GetMapping("/programs/{id}")
    Program program(@PathVariable String id, Actor actor) {
        return immex.program(uuid(id), actor);
    }

    @PutMapping(path = "/programs/{id}/materials", consumes = "text/csv")
    @Operation(summary = "Material catalogue CSV: part_number,description,fraccion,nico,umc,umt,conversion_factor,category,valid_from")
    ImportResult materials(@PathVariable String id, @RequestBody String csv, Actor actor) {
        return immex.importMaterials(uuid(id), new StringReader(csv), actor);
    }

    @PutMapping(path = "/programs/{id}/products", consumes = "text/csv")
    @Operation(summary = "Finished-product catalogue CSV: part_number,description,fraccion,umc,valid_from")
    ImportResult products(@PathVariable String id, @RequestBody String csv, Actor actor) {
        return immex.importProducts(uuid(id), new StringReader(csv), actor);
    }

    @PutMapping(path = "/programs/{id}/boms", consumes = "text/csv")
    @Operation(summary = "Bills of materials CSV: product,valid_from,material,quantity_per_unit,scrap_pct")
    ImportResult boms(@PathVariable String id, @RequestBody String csv, Actor actor) {
        return immex.importBoms(uuid(id), new StringReader(csv), actor);
    }

    @PostMapping(path = "/programs/{id}/entries", consumes = "text/csv")
    @Operation(summary = "Entries of temporary imports cleared elsewhere (CSV): pedimento,line,clave,date,part_number,"
            + "quantity_umc,value_usd[,quantity_umt,origin,igi_mxn,cc_mxn,iva_credit_mxn,payment_form]")
    ImportResult entries(@PathVariable String id, @RequestBody String csv, Actor actor) {
        return immex.importEntries(uuid(id), new StringReader(csv), actor);
    }

    @GetMapping("/programs/{id}/balances")
    @Operation(summary = "Balance per entry pedimento and part number (UMC and UMT) with its deadline and days left")
    List<Balance> balances(@PathVariable String id, @RequestParam(required = false) String partNumber,
                           @RequestParam(defaultValue = "false") boolean openOnly, Actor actor) {
        return immex.balances(uuid(id), partNumber, openOnly, actor);
    }

    @GetMapping("/programs/{id}/alerts")
    @Operation(summary = "Open balances due within 60, 30 or 7 days, or overdue")
    List<Balance> alerts(@PathVariable String id, Actor actor) {
        return immex.alerts(uuid(id), actor);
    }

    @GetMapping("/programs/{id}/discharges")
    @Operation(summary = "Discharges (descargos): each exit line with the entry pedimento and line it consumed")
    List<Discharge> discharges(@PathVariable String id, @RequestParam(required = false) String exitPedimento,
                               @RequestParam(defaultValue = "1000") int limit, Actor actor) {
        return immex.discharges(uuid(id), exitPedimento, limit, actor);
    }

    @PostMapping(path = "/programs/{id}/exits", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "An exit filed outside a crossing (F4/F5, destruction, a return cleared elsewhere), discharged PEPS")
    ResponseEntity<ExitRecorded> exit(@PathVariable String id, @RequestBody Immex.NewExit exit, Actor actor) {
        return ResponseEntity.status(201).body(immex.recordExit(uuid(id), exit, actor));
    }

    @PostMapping(path = "/transfers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "V1 virtual transfer: discharges the transferor, enters the receiver with a new clock")
    ResponseEntity<ExitRecorded> transfer(@RequestBody Immex.Transfer transfer, Actor actor) {
        return ResponseEntity.status(201).body(immex.transfer(transfer, actor));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(404, "PROGRAM_NOT_FOUND", "Program not found", "A program id is a UUID");
        }
    }
}
