package io.jointclear.demo;

import io.jointclear.console.FilingFormDefaults;
import io.jointclear.declaration.DeclarationNumbers;
import io.jointclear.shared.Actor;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's ready-made filing: a northbound truck of Hass avocados at Nuevo Laredo / Laredo under the
 * broker's own licences, numbers drawn fresh, so a visitor can file at once. Demo profile only.
 */
@Component
@Profile("demo")
class DemoFilingDefaults implements FilingFormDefaults {

    private final SecureRandom random = new SecureRandom();

    @Override
    public Map<String, String> forNewFiling(Actor actor, LocalDateTime arrival) {
        String patente = firstLicence(actor, Actor.Agency::patentes, "3456");
        String filerCode = firstLicence(actor, Actor.Agency::filerCodes, "316");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("direction", "NORTHBOUND");
        f.put("mxCustomsOffice", "240");
        f.put("usPort", "2304");
        f.put("expectedArrival", arrival.toString());
        f.put("carrierScac", "TDNM");
        f.put("carrierName", "Transportes del Norte SA de CV");
        f.put("plate", "12AB34");
        f.put("plateCountry", "MX");
        f.put("trailer", "53TRL0042");
        f.put("seal", "SL004217");
        f.put("driverName", "Juan Pérez");
        f.put("pedimentoNumber", DeclarationNumbers.pedimento(arrival.getYear(), "24", patente, random.nextInt(1_000_000)));
        f.put("clave", "A1");
        f.put("usNumber", DeclarationNumbers.usEntry(filerCode, random.nextInt(10_000_000)));
        f.put("usType", "01");
        f.put("mxTaxId", "AGR010215KJ3");
        f.put("mxName", "Aguacates de Michoacán SA de CV");
        f.put("usTaxId", "12-345678900");
        f.put("usName", "Border Produce LLC");
        f.put("preference", "S");
        f.put("manufacturer", "MXAGRACE101URU");
        f.put("incoterm", "FCA");
        f.put("lines[0].mxTariffCode", "0804400100");
        f.put("lines[0].usTariffCode", "0804400040");
        f.put("lines[0].description", "Aguacate Hass fresco / Fresh Hass avocados");
        f.put("lines[0].origin", "MX");
        f.put("lines[0].quantity", "20000");
        f.put("lines[0].mxUnit", "KGM");
        f.put("lines[0].usUnit", "KGM");
        f.put("lines[0].value", "50000");
        f.put("lines[0].netWeightKg", "20000");
        return f;
    }

    /** One of the broker's agency's licences, for a number that will pass; the demo agency's when it holds none. */
    private static String firstLicence(Actor actor, Function<Actor.Agency, Set<String>> licences, String otherwise) {
        return actor.agency() == null ? otherwise
                : licences.apply(actor.agency()).stream().sorted().findFirst().orElse(otherwise);
    }
}
