package io.jointclear.operators.registry;

import io.jointclear.audit.AuditEntry;
import io.jointclear.audit.AuditLog;
import io.jointclear.operators.AuthorisationKind;
import io.jointclear.operators.AuthorisationStatus;
import io.jointclear.operators.OperatorDirectory;
import io.jointclear.operators.OperatorRef;
import io.jointclear.operators.OperatorType;
import io.jointclear.operators.registry.RegistryInputs.AuthorisationInput;
import io.jointclear.operators.registry.RegistryInputs.CertificationInput;
import io.jointclear.operators.registry.RegistryInputs.OperatorInput;
import io.jointclear.operators.registry.RegistryInputs.StatusInput;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.shared.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry: reads scoped to the actor ({@link OperatorAccess}), changes by administrators and the
 * granting authority, each in one transaction with its audit entry. Authorisations change state only
 * through {@link Authorisation}'s own methods.
 */
@Service
public class OperatorRegistry implements OperatorDirectory {

    static final int MAX_LIST = 1000;

    private final RegistryStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    OperatorRegistry(RegistryStore store, AuditLog audit, Clock clock, TransactionTemplate tx) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    @Override
    public Optional<OperatorRef> byId(UUID id) {
        return store.operator(id).map(Operator::ref);
    }

    @Override
    public Optional<OperatorRef> find(OperatorType type, String code) {
        return store.operator(type, code).map(Operator::ref);
    }

    @Override
    public List<OperatorRef> all(OperatorType type) {
        return store.operators(type, Integer.MAX_VALUE).stream().map(Operator::ref).toList();
    }

    /** The authorisation of that kind and number, with its history, to derive its status on a date. */
    public Optional<Authorisation> authorisation(AuthorisationKind kind, String number) {
        return store.authorisation(kind, number, false);
    }

    /** Certification programmes in force on {@code day} of the party with this tax id (see {@link RegistryStore#programmesOn}). */
    public java.util.Set<String> programmesOn(String taxId, LocalDate day) {
        return store.programmesOn(taxId, day);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The operators of a type (all types when null) the actor may see, by name. */
    public List<OperatorView.Summary> list(OperatorType type, Actor actor) {
        LocalDate today = today();
        return store.operators(type, actor.isOfficial() ? MAX_LIST : Integer.MAX_VALUE).stream()
                .filter(o -> OperatorAccess.sees(actor, o))
                .limit(MAX_LIST)
                .map(o -> new OperatorView.Summary(o.id(), o.type(), o.code(), o.name(), o.country(), o.taxId(),
                        store.authorisationsOf(o.id()).stream().map(a -> new OperatorView.AuthorisationSummary(a.kind(),
                                a.number(), a.statusOn(today).map(StatusOn::status).orElse(null))).toList()))
                .toList();
    }

    public OperatorView view(UUID id, Actor actor) {
        Operator o = store.operator(id).orElseThrow(() -> OperatorAccess.notFound(id));
        OperatorAccess.requireVisible(actor, o);
        return view(o);
    }

    private OperatorView view(Operator o) {
        LocalDate today = today();
        return new OperatorView(o.id(), o.type(), o.code(), o.name(), o.country(), o.taxId(), o.agencyId(), o.source(),
                store.authorisationsOf(o.id()).stream().map(a -> OperatorView.AuthorisationView.of(a, today)).toList(),
                store.certificationsOf(o.id()).stream().map(c -> OperatorView.CertificationView.of(c, today)).toList());
    }

    public OperatorView register(OperatorInput input, Actor actor) {
        RegistryValidation.requireValid(input);
        Authority country = Authority.valueOf(input.country());
        OperatorAccess.requireMaintainer(actor, country, "The registry of " + country + " operators");
        return tx.execute(s -> {
            Operator o = insertOperator(input, "api:" + actor.username(), actor.username());
            return view(o);
        });
    }

    /** Inserts an operator (audited); 409 when its type and code are registered already. */
    Operator insertOperator(OperatorInput input, String source, String by) {
        UUID agency = agencyOf(input);
        Operator o = new Operator(UUID.randomUUID(), input.type(), input.code().strip(), input.name().strip(),
                input.country(), blankToNull(input.taxId()), agency, source, clock.instant());
        if (!store.insert(o)) {
            throw new ProblemException(409, "OPERATOR_EXISTS", "Operator already registered",
                    input.type() + " " + input.code() + " is already in the registry");
        }
        audit.append(AuditEntry.of(by, "OPERATOR_REGISTERED", "OPERATOR", o.id().toString(), Authority.valueOf(o.country()),
                details("type", o.type(), "code", o.code(), "source", source)));
        return o;
    }

    public OperatorView update(UUID id, OperatorInput input, Actor actor) {
        RegistryValidation.requireValid(input);
        return tx.execute(s -> {
            Operator o = store.operator(id).orElseThrow(() -> OperatorAccess.notFound(id));
            OperatorAccess.requireMaintainer(actor, Authority.valueOf(o.country()), "Operator " + o.code());
            if (o.type() != input.type() || !o.code().equals(input.code().strip())) {
                throw new ProblemException(422, "INVALID_VALUE", "Natural key is fixed",
                        "The type and code of an operator do not change; register a new operator instead");
            }
            Operator changed = new Operator(o.id(), o.type(), o.code(), input.name().strip(), input.country(),
                    blankToNull(input.taxId()), agencyOf(input), o.source(), o.createdAt());
            store.update(changed);
            audit.append(AuditEntry.of(actor, "OPERATOR_UPDATED", "OPERATOR", o.id().toString(),
                    Authority.valueOf(changed.country()), details("name", changed.name(), "taxId", changed.taxId())));
            return view(changed);
        });
    }

    public OperatorView grant(UUID operatorId, AuthorisationInput input, Actor actor) {
        RegistryValidation.requireValid(input);
        OperatorAccess.requireMaintainer(actor, input.kind().authority(), input.kind() + " authorisations");
        return tx.execute(s -> {
            Operator o = store.operator(operatorId).orElseThrow(() -> OperatorAccess.notFound(operatorId));
            insertAuthorisation(o, input, actor.username());
            return view(o);
        });
    }

    /** Inserts an authorisation of an operator (audited); 409 when its kind, number and sector exist. */
    Authorisation insertAuthorisation(Operator o, AuthorisationInput input, String by) {
        String reason = input.reason() == null || input.reason().isBlank() ? "granted" : input.reason().strip();
        Authorisation a = Authorisation.grant(o.id(), input.kind(), input.number().strip(), blankToNull(input.sector()),
                input.validFrom(), input.validUntil(), reason, by, clock.instant());
        if (!store.insert(a)) {
            throw new ProblemException(409, "AUTHORISATION_EXISTS", "Authorisation already registered",
                    input.kind() + " " + input.number() + " is already in the registry");
        }
        audit.append(AuditEntry.of(by, "AUTHORISATION_GRANTED", "AUTHORISATION", a.id().toString(), a.authority(),
                details("operator", o.id(), "kind", a.kind(), "number", a.number(), "validFrom", a.validFrom(),
                        "validUntil", a.validUntil(), "reason", reason)));
        return a;
    }

    /** Suspends, cancels, extinguishes, expires, reinstates or renews an authorisation. */
    public OperatorView changeStatus(UUID operatorId, UUID authorisationId, StatusInput input, Actor actor) {
        RegistryValidation.requireValid(input);
        return tx.execute(s -> {
            Operator o = store.operator(operatorId).orElseThrow(() -> OperatorAccess.notFound(operatorId));
            Authorisation a = store.authorisation(authorisationId, true)
                    .filter(found -> found.operatorId().equals(operatorId))
                    .orElseThrow(() -> new ProblemException(404, "AUTHORISATION_NOT_FOUND", "Authorisation not found",
                            "No authorisation " + authorisationId + " of operator " + operatorId));
            OperatorAccess.requireMaintainer(actor, a.authority(), a.kind() + " " + a.number());
            apply(a, input, actor.username(), null);
            return view(o);
        });
    }

    /** Applies a change through the aggregate, stores and audits it; false when it was applied before. */
    boolean apply(Authorisation a, StatusInput input, String by, UUID proceeding) {
        Instant at = clock.instant();
        boolean changed = switch (input.status()) {
            case SUSPENDED -> a.suspend(input.from(), input.until(), input.reason(), by, at, proceeding);
            case CANCELLED -> a.cancel(input.from(), input.reason(), by, at, proceeding);
            case EXTINCT -> a.extinguish(input.from(), input.reason(), by, at);
            case EXPIRED -> a.expire(input.from(), input.reason(), by, at);
            case ACTIVE -> input.until() != null && !isSuspendedOrCancelled(a, input.from())
                    ? a.renew(input.from(), input.until(), input.reason(), by, at)
                    : a.reinstate(input.from(), input.reason(), by, at, proceeding);
        };
        if (changed) {
            store.save(a);
            audit.append(AuditEntry.of(by, "AUTHORISATION_STATUS_CHANGED", "AUTHORISATION", a.id().toString(), a.authority(),
                    details("kind", a.kind(), "number", a.number(), "status", input.status(), "from", input.from(),
                            "until", input.until(), "reason", input.reason(), "proceeding", proceeding)));
        }
        return changed;
    }

    private static boolean isSuspendedOrCancelled(Authorisation a, LocalDate day) {
        AuthorisationStatus s = a.statusOn(day).map(StatusOn::status).orElse(null);
        return s == AuthorisationStatus.SUSPENDED || s == AuthorisationStatus.CANCELLED;
    }

    public OperatorView certify(UUID operatorId, CertificationInput input, Actor actor) {
        RegistryValidation.requireValid(input);
        OperatorAccess.requireMaintainer(actor, OperatorAccess.authorityOf(input.program()), input.program() + " certifications");
        return tx.execute(s -> {
            Operator o = store.operator(operatorId).orElseThrow(() -> OperatorAccess.notFound(operatorId));
            insertCertification(o, input, actor.username());
            return view(o);
        });
    }

    Certification insertCertification(Operator o, CertificationInput input, String by) {
        Certification c = new Certification(UUID.randomUUID(), o.id(), input.program(),
                input.level() == null ? "" : input.level().strip().toUpperCase(java.util.Locale.ROOT),
                blankToNull(input.number()), input.validFrom(), input.validUntil(), null, by, clock.instant());
        store.insert(c);
        audit.append(AuditEntry.of(by, "CERTIFICATION_RECORDED", "OPERATOR", o.id().toString(),
                OperatorAccess.authorityOf(c.program()), details("program", c.program(), "level", c.level(),
                        "validFrom", c.validFrom(), "validUntil", c.validUntil())));
        return c;
    }

    /** Ends a certification from {@code on} (withdrawn by the authority); the row and its dates stay. */
    public OperatorView withdrawCertification(UUID operatorId, UUID certificationId, LocalDate on, Actor actor) {
        if (on == null) {
            throw new ProblemException(422, "REQUIRED", "Date required", "A withdrawal needs its date (on)");
        }
        return tx.execute(s -> {
            Operator o = store.operator(operatorId).orElseThrow(() -> OperatorAccess.notFound(operatorId));
            Certification c = store.certification(certificationId).filter(found -> found.operatorId().equals(operatorId))
                    .orElseThrow(() -> new ProblemException(404, "CERTIFICATION_NOT_FOUND", "Certification not found",
                            "No certification " + certificationId + " of operator " + operatorId));
            OperatorAccess.requireMaintainer(actor, OperatorAccess.authorityOf(c.program()), c.program() + " certifications");
            store.withdraw(c.id(), on);
            audit.append(AuditEntry.of(actor, "CERTIFICATION_WITHDRAWN", "OPERATOR", o.id().toString(),
                    OperatorAccess.authorityOf(c.program()), details("program", c.program(), "on", on)));
            return view(o);
        });
    }

    private UUID agencyOf(OperatorInput input) {
        if (input.agencyCode() == null || input.agencyCode().isBlank()) {
            return null;
        }
        return store.operator(OperatorType.AGENCY, input.agencyCode().strip()).map(Operator::id)
                .orElseThrow(() -> new ProblemException(422, "OPERATOR_NOT_FOUND", "Agency not found",
                        "No agency " + input.agencyCode() + " in the registry"));
    }

    /** Detail values as text; null values are left out. */
    static Map<String, Object> details(Object... keyValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                out.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return out;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    RegistryStore store() {
        return store;
    }
}
