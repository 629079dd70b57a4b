package io.jointclear.operators.filing;

import io.jointclear.clearance.FilingAuthority;
import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.operators.AuthorisationKind;
import io.jointclear.operators.AuthorisationStatus;
import io.jointclear.operators.registry.Authorisation;
import io.jointclear.operators.registry.OperatorRegistry;
import io.jointclear.operators.registry.StatusOn;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Authority to file comes from the registry (issue 13 item 3): a declaration is accepted only when its
 * patente (MX) or filer code (US) is ACTIVE on the declaration date and, for a Mexican import, the importer
 * the registry knows is active in the Padrón de Importadores on that date. An importer the registry does
 * not know is accepted and flagged: the platform does not hold the whole SAT Padrón (docs/adr/0007).
 */
@Component
class RegistryFilingAuthority implements FilingAuthority {

    static final String IMPORTER_NOT_IN_REGISTRY = "IMPORTER_NOT_IN_REGISTRY";

    private final OperatorRegistry registry;

    RegistryFilingAuthority(OperatorRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void requireAuthorised(DeclarationDocument d, String field) {
        if (d == null || d.authority() == null || d.date() == null) {
            return; // validation refuses it with its own field errors
        }
        String licence = d.filerOfRecord();
        if (licence != null) {
            AuthorisationKind kind = licenceKind(d.authority());
            Optional<StatusOn> on = registry.authorisation(kind, licence).flatMap(a -> a.statusOn(d.date()));
            if (on.isEmpty() || !on.get().status().permitsOperations()) {
                throw licenceRefused(d, kind, licence, on.orElse(null), field);
            }
        }
        String rfc = mexicanImporter(d);
        if (rfc != null) {
            Optional<Authorisation> padron = registry.authorisation(AuthorisationKind.PADRON_IMPORTADORES, rfc);
            Optional<StatusOn> on = padron.flatMap(a -> a.statusOn(d.date()));
            if (padron.isPresent() && (on.isEmpty() || !on.get().status().permitsOperations())) {
                String status = on.map(s -> describe(s)).orElse("not yet registered");
                String message = "Importer " + rfc + " is " + status + " in the Padrón de Importadores on " + d.date()
                        + ": pedimento " + d.number() + " cannot be accepted";
                throw new ProblemException(422, "IMPORTER_NOT_ACTIVE_IN_PADRON", "Importer not active in the Padrón", message,
                        List.of(new FieldViolation(field + ".importer.taxId", "IMPORTER_NOT_ACTIVE_IN_PADRON", message)),
                        java.util.Map.of("authorisation", authorisation(AuthorisationKind.PADRON_IMPORTADORES, rfc, on.orElse(null))));
            }
        }
    }

    @Override
    public List<RegistryFlag> flags(List<DeclarationDocument> declarations) {
        LocalDate today = registry.today();
        List<RegistryFlag> flags = new ArrayList<>();
        for (DeclarationDocument d : declarations) {
            if (d == null || d.authority() == null) {
                continue;
            }
            String licence = d.filerOfRecord();
            if (licence != null) {
                AuthorisationKind kind = licenceKind(d.authority());
                Optional<StatusOn> on = registry.authorisation(kind, licence).flatMap(a -> a.statusOn(today));
                if (on.isPresent() && !on.get().status().permitsOperations()) {
                    flags.add(flag("AUTHORISATION_" + on.get().status().name(), d.authority().name(), label(kind) + " " + licence,
                            on.get()));
                }
            }
            String rfc = mexicanImporter(d);
            if (rfc != null) {
                Optional<Authorisation> padron = registry.authorisation(AuthorisationKind.PADRON_IMPORTADORES, rfc);
                if (padron.isEmpty()) {
                    flags.add(new RegistryFlag(IMPORTER_NOT_IN_REGISTRY, "MX", rfc, null, null, null,
                            "not in the platform's registry: its Padrón status was not checked"));
                } else {
                    padron.get().statusOn(today).filter(s -> !s.status().permitsOperations()).ifPresent(s -> flags.add(
                            flag("IMPORTER_NOT_ACTIVE_IN_PADRON", "MX", rfc, s)));
                }
            }
        }
        return List.copyOf(flags);
    }

    private static RegistryFlag flag(String code, String authority, String subject, StatusOn on) {
        return new RegistryFlag(code, authority, subject, on.since(), on.until(), on.reason(), describe(on));
    }

    private static ProblemException licenceRefused(DeclarationDocument d, AuthorisationKind kind, String licence, StatusOn on,
                                                   String field) {
        String what = (d.authority() == Authority.MX ? "pedimento " : "US entry ") + d.number();
        String code = on == null ? "AUTHORISATION_NOT_REGISTERED" : "AUTHORISATION_" + on.status().name();
        String message = on == null
                ? label(kind) + " " + licence + " is not in the registry of operators on " + d.date() + ": " + what
                + " cannot be filed under it"
                : label(kind) + " " + licence + " is " + describe(on) + ": " + what + " dated " + d.date()
                + " cannot be filed under it";
        String title = switch (code) {
            case "AUTHORISATION_CANCELLED" -> "Authorisation cancelled";
            case "AUTHORISATION_SUSPENDED" -> "Authorisation suspended";
            case "AUTHORISATION_EXPIRED" -> "Authorisation expired";
            case "AUTHORISATION_EXTINCT" -> "Authorisation extinct";
            default -> "Authorisation not registered";
        };
        String at = field + (d.filer() != null ? ".filer" : ".number");
        return new ProblemException(403, code, title, message, List.of(new FieldViolation(at, code, message)),
                java.util.Map.of("authorisation", authorisation(kind, licence, on)));
    }

    /**
     * The problem's {@code authorisation} member: kind, number, status on the declaration date (absent when
     * not registered), its first and last day and reason — the same in every language.
     */
    static java.util.Map<String, Object> authorisation(AuthorisationKind kind, String number, StatusOn on) {
        java.util.Map<String, Object> a = new java.util.LinkedHashMap<>();
        a.put("kind", kind.name());
        a.put("number", number);
        if (on != null) {
            a.put("status", on.status().name());
            if (on.since() != null) {
                a.put("since", on.since().toString());
            }
            if (on.until() != null) {
                a.put("until", on.until().toString());
            }
            if (on.reason() != null) {
                a.put("reason", on.reason());
            }
        }
        return a;
    }

    /** "CANCELLED since 2025-09-15 (reason)", "SUSPENDED from 2026-04-01 to 2026-04-30 (reason)". */
    static String describe(StatusOn on) {
        StringBuilder s = new StringBuilder(on.status().name());
        if (on.since() != null) {
            s.append(on.status() == AuthorisationStatus.SUSPENDED ? " from " : " since ").append(on.since());
        }
        if (on.until() != null) {
            s.append(" to ").append(on.until());
        }
        if (on.reason() != null) {
            s.append(" (").append(on.reason()).append(')');
        }
        return s.toString();
    }

    private static AuthorisationKind licenceKind(Authority authority) {
        return authority == Authority.MX ? AuthorisationKind.PATENTE : AuthorisationKind.FILER_CODE;
    }

    private static String label(AuthorisationKind kind) {
        return kind == AuthorisationKind.PATENTE ? "Patente" : "Filer code";
    }

    /** The RFC of the importer of a Mexican declaration that has one (imports; not exports). */
    private static String mexicanImporter(DeclarationDocument d) {
        if (d.authority() != Authority.MX || d.importer() == null || d.importer().taxId() == null
                || d.importer().taxId().isBlank()) {
            return null;
        }
        return d.importer().taxId().strip().toUpperCase(java.util.Locale.ROOT);
    }
}
