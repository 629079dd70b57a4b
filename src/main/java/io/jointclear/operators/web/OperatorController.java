package io.jointclear.operators.web;

import io.jointclear.operators.OperatorType;
import io.jointclear.operators.registry.OperatorCsvImport;
import io.jointclear.operators.registry.OperatorRegistry;
import io.jointclear.operators.registry.OperatorView;
import io.jointclear.operators.registry.RegistryInputs.AuthorisationInput;
import io.jointclear.operators.registry.RegistryInputs.CertificationInput;
import io.jointclear.operators.registry.RegistryInputs.OperatorInput;
import io.jointclear.operators.registry.RegistryInputs.StatusInput;
import io.jointclear.shared.Actor;
import io.jointclear.shared.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.LocalDate;
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

/**
 * The registry of operators (docs/operators.md): officials read every operator, a broker, carrier or
 * courier only its own record; administrators and the granting authority's officers maintain it.
 */
@RestController
@RequestMapping(path = "/api/v1/operators", produces = MediaType.APPLICATION_JSON_VALUE)
class OperatorController {

    private final OperatorRegistry registry;
    private final OperatorCsvImport csv;

    OperatorController(OperatorRegistry registry, OperatorCsvImport csv) {
        this.registry = registry;
        this.csv = csv;
    }

    @GetMapping
    @Operation(summary = "Operators of a type (COURIER, CUSTOMS_AGENT, AGENCY, US_BROKER, CARRIER, IMPORTER, WAREHOUSE, IMMEX) "
            + "with their authorisations' status today; a trader gets its own record(s) only")
    List<OperatorView.Summary> list(@RequestParam(required = false) String type, Actor actor) {
        return registry.list(type == null || type.isBlank() ? null : type(type), actor);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An operator with its authorisations (status today and dated history) and certifications")
    OperatorView operator(@PathVariable String id, Actor actor) {
        return registry.view(uuid(id), actor);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register an operator (administrator, or an officer of the operator's country)")
    ResponseEntity<OperatorView> register(@RequestBody OperatorInput input, Actor actor) {
        OperatorView view = registry.register(input, actor);
        return ResponseEntity.created(URI.create("/api/v1/operators/" + view.id())).body(view);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Correct an operator's name, country, tax id or agency (its type and code are fixed)")
    OperatorView update(@PathVariable String id, @RequestBody OperatorInput input, Actor actor) {
        return registry.update(uuid(id), input, actor);
    }

    @PostMapping(path = "/{id}/authorisations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an authorisation (patente, filer code, padrón, CAAT, SCAC, US DOT, courier registration, "
            + "recinto / RFE / AGD, IMMEX program) granted by the caller's authority")
    ResponseEntity<OperatorView> grant(@PathVariable String id, @RequestBody AuthorisationInput input, Actor actor) {
        return ResponseEntity.status(201).body(registry.grant(uuid(id), input, actor));
    }

    @PostMapping(path = "/{id}/authorisations/{authorisationId}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Suspend (from, until), cancel, extinguish or expire (from), reinstate (ACTIVE from) or renew "
            + "(ACTIVE with until) an authorisation: a dated fact appended to its history")
    OperatorView changeStatus(@PathVariable String id, @PathVariable String authorisationId, @RequestBody StatusInput input,
                              Actor actor) {
        return registry.changeStatus(uuid(id), uuid(authorisationId), input, actor);
    }

    @PostMapping(path = "/{id}/certifications", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a certification (IVA_IEPS A/AA/AAA, OEA, SOCIO_COMERCIAL_CERTIFICADO, CTPAT 1-3, "
            + "FAST CARRIER/DRIVER) with its validity")
    ResponseEntity<OperatorView> certify(@PathVariable String id, @RequestBody CertificationInput input, Actor actor) {
        return ResponseEntity.status(201).body(registry.certify(uuid(id), input, actor));
    }

    /** The day a certification stops being in force. */
    record Withdrawal(LocalDate on) {
    }

    @PostMapping(path = "/{id}/certifications/{certificationId}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Withdraw a certification from a day (the record and its dates stay)")
    OperatorView withdraw(@PathVariable String id, @PathVariable String certificationId, @RequestBody Withdrawal body,
                          Actor actor) {
        return registry.withdrawCertification(uuid(id), uuid(certificationId), body == null ? null : body.on(), actor);
    }

    @PostMapping(path = "/import", consumes = "text/csv")
    @Operation(summary = "Import operators and authorisations from CSV (header: " + "type,code,name,country,taxId,agencyCode,"
            + "authorisationKind,authorisationNumber,sector,validFrom,validUntil); per-line rejections, nothing on a malformed file")
    OperatorCsvImport.Result importCsv(@RequestBody String body, Actor actor) {
        return csv.importCsv(body, actor);
    }

    private static OperatorType type(String type) {
        try {
            return OperatorType.valueOf(type.strip());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "INVALID_LIST_PARAMETER", "Unknown operator type",
                    "type is one of " + java.util.Arrays.toString(OperatorType.values()));
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(404, "OPERATOR_NOT_FOUND", "Operator not found", "An operator id is a UUID");
        }
    }
}
