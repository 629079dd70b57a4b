package io.jointclear.clearance.internal;

import io.jointclear.clearance.FileCrossing;
import io.jointclear.clearance.FilingAuthority;
import io.jointclear.clearance.FilingCheck;
import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.Declarations;
import io.jointclear.reference.CodeLists;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The checks of a crossing as a whole (port pair, direction, one declaration per authority with the
 * operation the direction implies) plus every declaration's own layered checks, all reported at once.
 */
@Component
class CrossingValidation {

    private final CodeLists codeLists;
    private final Declarations declarations;
    /** The registry of operators, when the application has one; without it licences are not dated. */
    private final FilingAuthority authority;

    /** Other modules' rules (the IMMEX balance check), run once everything here is met. */
    private final ObjectProvider<FilingCheck> moduleChecks;

    CrossingValidation(CodeLists codeLists, Declarations declarations, ObjectProvider<FilingAuthority> authority,
                       ObjectProvider<FilingCheck> moduleChecks) {
        this.codeLists = codeLists;
        this.declarations = declarations;
        this.authority = authority.getIfAvailable();
        this.moduleChecks = moduleChecks;
    }

    /**
     * Refuses a filing any of whose declarations is filed under a licence not active on its date, or for
     * an importer not active in the Padrón (issue 13): before anything is written.
     */
    void requireAuthorised(FileCrossing f, String fieldPrefix) {
        if (authority == null || f.declarations() == null) {
            return;
        }
        for (int i = 0; i < f.declarations().size(); i++) {
            authority.requireAuthorised(f.declarations().get(i), fieldPrefix + "declarations[" + i + "]");
        }
    }

    /** The registry's flags about a crossing's declarations today; none without a registry. */
    List<FilingAuthority.RegistryFlag> registryFlags(List<DeclarationDocument> documents) {
        return authority == null ? List.of() : authority.flags(documents);
    }

    List<FieldViolation> check(FileCrossing f) {
        List<FieldViolation> v = new ArrayList<>();
        if (f.direction() == null || !(f.direction().equals("NORTHBOUND") || f.direction().equals("SOUTHBOUND"))) {
            v.add(new FieldViolation("direction", "INVALID_DIRECTION", "direction must be NORTHBOUND or SOUTHBOUND"));
        }
        boolean mxOffice = codeLists.isMexicanCustomsOffice(f.mxCustomsOffice());
        boolean usPort = codeLists.isUsPort(f.usPort());
        if (!mxOffice) {
            v.add(new FieldViolation("mxCustomsOffice", "UNKNOWN_CUSTOMS_OFFICE",
                    "'" + f.mxCustomsOffice() + "' is not a Mexican aduana-sección (3 digits, Anexo 22 Apéndice 1)"));
        }
        if (!usPort) {
            v.add(new FieldViolation("usPort", "UNKNOWN_PORT", "'" + f.usPort() + "' is not a US port of entry (Schedule D)"));
        }
        if (mxOffice && usPort && codeLists.portPair(f.mxCustomsOffice(), f.usPort()).isEmpty()) {
            v.add(new FieldViolation("usPort", "NOT_A_PORT_PAIR", "aduana " + f.mxCustomsOffice() + " and port " + f.usPort()
                    + " do not face each other; see GET /api/v1/reference/port-pairs"));
        }
        if (f.expectedArrival() == null) {
            v.add(new FieldViolation("expectedArrival", "REQUIRED", "the expected arrival time is required"));
        }
        if (f.carrier() == null || blank(f.carrier().name())) {
            v.add(new FieldViolation("carrier.name", "REQUIRED", "the carrier is required"));
        }
        // the SCAC names the carrier on the US manifest and gives its users their crossings: always required
        if (f.carrier() == null || blank(f.carrier().scac())) {
            v.add(new FieldViolation("carrier.scac", "REQUIRED", "the carrier's SCAC (2 to 4 capital letters) is required"));
        } else if (!FileCrossing.Carrier.isWellFormedScac(f.carrier().scac())) {
            v.add(new FieldViolation("carrier.scac", "MALFORMED_SCAC", "a SCAC is 2 to 4 capital letters"));
        }
        if (f.conveyance() == null || blank(f.conveyance().plate())) {
            v.add(new FieldViolation("conveyance.plate", "REQUIRED", "the tractor plate is required"));
        } else if (f.conveyance().plateCountry() != null && !codeLists.isCountry(f.conveyance().plateCountry())) {
            v.add(new FieldViolation("conveyance.plateCountry", "UNKNOWN_COUNTRY", "not an ISO 3166 alpha-2 country"));
        }
        if (f.driver() == null || blank(f.driver().name())) {
            v.add(new FieldViolation("driver.name", "REQUIRED", "the driver is required"));
        }
        checkDeclarations(f, v);
        if (v.isEmpty()) {
            moduleChecks.orderedStream().forEach(check -> v.addAll(check.check(f)));
        }
        return v;
    }

    private void checkDeclarations(FileCrossing f, List<FieldViolation> v) {
        List<DeclarationDocument> docs = f.declarations();
        long mx = docs.stream().filter(d -> d.authority() == Authority.MX).count();
        long us = docs.stream().filter(d -> d.authority() == Authority.US).count();
        if (mx != 1 || us != 1 || docs.size() != 2) {
            v.add(new FieldViolation("declarations", "ONE_DECLARATION_PER_AUTHORITY",
                    "a joint crossing carries exactly one Mexican and one US declaration (found " + mx + " MX, " + us + " US)"));
        }
        for (int i = 0; i < docs.size(); i++) {
            DeclarationDocument d = docs.get(i);
            String prefix = "declarations[" + i + "].";
            if (d.authority() == null) {
                v.add(new FieldViolation(prefix + "authority", "REQUIRED", "authority must be MX or US"));
                continue;
            }
            v.addAll(declarations.check(d, prefix));
            if (d.authority() == Authority.MX) {
                String expected = "NORTHBOUND".equals(f.direction()) ? "EXP" : "SOUTHBOUND".equals(f.direction()) ? "IMP" : null;
                if (expected != null && d.operation() != null && !expected.equals(d.operation())) {
                    v.add(new FieldViolation(prefix + "operation", "OPERATION_AGAINST_DIRECTION", "a " + f.direction().toLowerCase()
                            + " crossing carries a Mexican " + expected + " pedimento, not " + d.operation()));
                }
                if (d.customsOffice() != null && !d.customsOffice().equals(f.mxCustomsOffice())) {
                    v.add(new FieldViolation(prefix + "customsOffice", "OFFICE_AGAINST_CROSSING",
                            "the pedimento is filed at aduana " + d.customsOffice() + ", the crossing at " + f.mxCustomsOffice()));
                }
            } else if (d.customsOffice() != null && !d.customsOffice().equals(f.usPort())) {
                v.add(new FieldViolation(prefix + "customsOffice", "PORT_AGAINST_CROSSING",
                        "the entry is filed at port " + d.customsOffice() + ", the crossing at " + f.usPort()));
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
