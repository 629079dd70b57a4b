package io.jointclear.operators.registry;

import io.jointclear.audit.AuditEntry;
import io.jointclear.operators.AuthorisationKind;
import io.jointclear.operators.AuthorisationStatus;
import io.jointclear.operators.CertificationProgram;
import io.jointclear.operators.OperatorType;
import io.jointclear.operators.registry.RegistryInputs.AuthorisationInput;
import io.jointclear.operators.registry.RegistryInputs.CertificationInput;
import io.jointclear.operators.registry.RegistryInputs.OperatorInput;
import io.jointclear.operators.registry.RegistryInputs.StatusInput;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * DEMO registry (profile {@code demo} only; every record's source says DEMO, every name is fictitious):
 * the demo traffic's importers (two with OEA, two US importers with CTPAT, one whose CTPAT expired, the
 * rest uncertified; none of the contract examples' parties is certified, so their lanes stay as tested), a fuel importer suspended in the Padrón, carriers with CAAT, SCAC, US DOT and FAST,
 * bonded facilities (recinto fiscalizado, RFE, AGD), an IMMEX company, and patente 3999 of broker3's
 * agency cancelled in 2025 by a resolved proceeding (arts. 164-167 LA). Runs after the configured
 * operators are in ({@link ConfiguredOperators}); adds only what is missing.
 */
@Component
@Profile("demo")
public class DemoRegistry {

    public static final String SOURCE = "DEMO (fictitious record, demo profile only)";
    /** The demo proceeding whose resolution cancelled patente 3999; the proceedings module uses the same id. */
    public static final UUID PATENTE_3999_PROCEEDING = UUID.nameUUIDFromBytes("DEMO proceeding patente 3999".getBytes(
            java.nio.charset.StandardCharsets.UTF_8));
    public static final LocalDate PATENTE_3999_CANCELLED_FROM = LocalDate.of(2025, 9, 15);

    private static final LocalDate Y2026 = LocalDate.of(2026, 1, 1);
    private static final LocalDate END_2027 = LocalDate.of(2027, 12, 31);

    private final OperatorRegistry registry;

    DemoRegistry(OperatorRegistry registry) {
        this.registry = registry;
    }

    /** The demo's operators, before the configured ones (so their names are the demo's); answers how many records it added. */
    int seedOperators() {
        RegistrySeed seed = new RegistrySeed(registry, AuditEntry.SYSTEM, SOURCE);
        importers(seed);
        carriers(seed);
        facilities(seed);
        return seed.added();
    }

    /** The demo's sanctions on configured authorisations (patente 3999), after those are in. */
    int seedSanctions() {
        return cancelledPatente() ? 1 : 0;
    }

    private static void importers(RegistrySeed seed) {
        mxImporter(seed, "AGR010215KJ3", "Agrícola del Bajío SA de CV", false);
        mxImporter(seed, "MAQ990301AB1", "Maquiladora Fronteriza SA de CV", true);
        mxImporter(seed, "ACE050607T23", "Aceros del Norte SA de CV", false);
        mxImporter(seed, "FRU120912QX5", "Frutas Finas de Michoacán SA de CV", true);
        mxImporter(seed, "CER980506H17", "Cervecería del Pacífico SA de CV", false);
        mxImporter(seed, "AUT011115LK8", "Autopartes de Coahuila SA de CV", false);
        usImporter(seed, "12-345678900", "Border Buyer LLC", null);
        usImporter(seed, "74-123456700", "Lone Star Imports Inc", new CertificationInput(CertificationProgram.CTPAT, "3", "CTPAT-DEMO-0977", Y2026, END_2027));
        // expired in mid-2026: not a trusted trader on any later crossing date
        usImporter(seed, "86-765432100", "Sonoran Produce Co", new CertificationInput(CertificationProgram.CTPAT, "1", "CTPAT-DEMO-0101",
                LocalDate.of(2024, 7, 1), LocalDate.of(2026, 6, 30)));
        usImporter(seed, "95-111222300", "Pacific Rim Distributors LLC", new CertificationInput(CertificationProgram.CTPAT, "2",
                "CTPAT-DEMO-0412", Y2026, END_2027));
        // a fuel importer suspended in the Padrón (rule 1.3.3 fr. XL) and its sector 13 padrón
        Operator fuel = mxImporter(seed, "CGO150303AB9", "Combustibles del Golfo SA de CV", false);
        Authorisation sector = seed.authorisation(fuel, new AuthorisationInput(AuthorisationKind.PADRON_SECTORIAL, "CGO150303AB9",
                "13", LocalDate.of(2019, 4, 1), null, "Padrón de Sectores Específicos, sector 13 hidrocarburos y combustibles"));
        Authorisation padron = seed.authorisation(fuel, new AuthorisationInput(AuthorisationKind.PADRON_IMPORTADORES,
                "CGO150303AB9", null, LocalDate.of(2015, 3, 3), null, "inscrito"));
        StatusInput suspension = new StatusInput(AuthorisationStatus.SUSPENDED, LocalDate.of(2026, 11, 20), null,
                "regla 1.3.3 fr. XL RGCE: contracts not filed before the first import (DEMO)");
        seed.status(padron, suspension);
        seed.status(sector, suspension);
    }

    private static Operator mxImporter(RegistrySeed seed, String rfc, String name, boolean oea) {
        Operator o = seed.operator(new OperatorInput(OperatorType.IMPORTER, rfc, name, "MX", rfc, null));
        seed.authorisation(o, new AuthorisationInput(AuthorisationKind.PADRON_IMPORTADORES, rfc, null,
                LocalDate.of(2010, 1, 1).plusDays(Math.floorMod(rfc.hashCode(), 3000)), null, "inscrito"));
        if (oea) {
            seed.certification(o, new CertificationInput(CertificationProgram.OEA, null, "OEA-DEMO-" + rfc.substring(0, 3),
                    Y2026, END_2027));
        }
        return o;
    }

    private static void usImporter(RegistrySeed seed, String ior, String name, CertificationInput ctpat) {
        Operator o = seed.operator(new OperatorInput(OperatorType.IMPORTER, ior, name, "US", ior, null));
        if (ctpat != null) {
            seed.certification(o, ctpat);
        }
    }

    private static void carriers(RegistrySeed seed) {
        carrier(seed, "TDNM", "Transportes del Norte SA de CV", "TNO970101AA1", true);
        carrier(seed, "FXBR", "Fletes Bravo SA de CV", "FBR000202BB2", false);
        carrier(seed, "PAMX", "Paquetexpress Carga SA de CV", "PCA030303CC3", false);
        carrier(seed, "FSTR", "Fletes y Servicios del Río SA de CV", "FSR040404DD4", false);
    }

    private static void carrier(RegistrySeed seed, String scac, String name, String rfc, boolean fast) {
        Operator o = seed.operator(new OperatorInput(OperatorType.CARRIER, scac, name, "US", rfc, null));
        seed.authorisation(o, new AuthorisationInput(AuthorisationKind.SCAC, scac, null, null, null, SOURCE));
        seed.authorisation(o, new AuthorisationInput(AuthorisationKind.CAAT, "CA" + scac + "01", null, LocalDate.of(2018, 5, 2),
                null, "CAAT (DEMO)"));
        seed.authorisation(o, new AuthorisationInput(AuthorisationKind.US_DOT, String.valueOf(1_000_000 + Math.floorMod(scac.hashCode(), 999_999)),
                null, LocalDate.of(2016, 1, 4), null, "US DOT number (DEMO)"));
        if (fast) {
            seed.certification(o, new CertificationInput(CertificationProgram.FAST, "CARRIER", "FAST-DEMO-" + scac, Y2026, END_2027));
            seed.certification(o, new CertificationInput(CertificationProgram.SOCIO_COMERCIAL_CERTIFICADO, null, "SCC-DEMO-" + scac,
                    Y2026, END_2027));
        }
    }

    private static void facilities(RegistrySeed seed) {
        Operator recinto = seed.operator(new OperatorInput(OperatorType.WAREHOUSE, "RF-240-DEMO", "Recinto Fiscalizado Puente III (DEMO)",
                "MX", "RPT990909EE5", null));
        seed.authorisation(recinto, new AuthorisationInput(AuthorisationKind.RECINTO_FISCALIZADO, "RF-240-DEMO", null,
                LocalDate.of(2012, 6, 1), LocalDate.of(2032, 5, 31), "concesión art. 14 LA (DEMO)"));
        Operator rfe = seed.operator(new OperatorInput(OperatorType.WAREHOUSE, "RFE-070-DEMO", "Recinto Fiscalizado Estratégico Bajío (DEMO)",
                "MX", "RFB101010FF6", null));
        seed.authorisation(rfe, new AuthorisationInput(AuthorisationKind.RFE, "RFE-070-DEMO", null, LocalDate.of(2017, 2, 1),
                LocalDate.of(2037, 1, 31), "autorización art. 14-D LA (DEMO)"));
        Operator agd = seed.operator(new OperatorInput(OperatorType.WAREHOUSE, "AGD-017-DEMO", "Almacenadora del Norte (DEMO)",
                "MX", "ANO111111GG7", null));
        seed.authorisation(agd, new AuthorisationInput(AuthorisationKind.AGD, "AGD-017-DEMO", null, LocalDate.of(2020, 3, 1),
                LocalDate.of(2030, 2, 28), "depósito fiscal art. 119 LA (DEMO)"));
        Operator immex = seed.operator(new OperatorInput(OperatorType.IMMEX, "MAQ990301AB1", "Maquiladora Fronteriza SA de CV",
                "MX", "MAQ990301AB1", null));
        seed.authorisation(immex, new AuthorisationInput(AuthorisationKind.IMMEX_PROGRAM, "IMMEX-2011-0457", null,
                LocalDate.of(2011, 8, 1), null, "programa IMMEX industrial (DEMO)"));
        seed.certification(immex, new CertificationInput(CertificationProgram.IVA_IEPS, "AA", "IVA-DEMO-0457", Y2026,
                LocalDate.of(2027, 12, 31)));
    }

    private boolean cancelledPatente() {
        Authorisation a = registry.store().authorisation(AuthorisationKind.PATENTE, "3999", true).orElse(null);
        if (a == null || a.history().stream().anyMatch(c -> c.status() == AuthorisationStatus.CANCELLED)) {
            return false;
        }
        return registry.apply(a, new StatusInput(AuthorisationStatus.CANCELLED, PATENTE_3999_CANCELLED_FROM, null,
                "arts. 164-167 LA: resolution of DEMO proceeding " + PATENTE_3999_PROCEEDING), AuditEntry.SYSTEM,
                PATENTE_3999_PROCEEDING);
    }
}
