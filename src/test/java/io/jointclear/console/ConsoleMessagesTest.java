package io.jointclear.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.clearance.CrossingStatus;
import io.jointclear.clearance.Decision;
import io.jointclear.risk.Lane;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every console text exists in Spanish and English, and every {@code #{…}} in a template has its key. */
class ConsoleMessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** #{key} or #{key(args)}, and #{prefix.__${expr}__} whose values are checked by enum below. */
    private static final Pattern MESSAGE = Pattern.compile("#\\{([^}(]*?)(?:\\(|})");

    @Test
    void bundlesHaveTheSameKeys() throws IOException {
        Properties base = load("messages.properties");
        Properties es = load("messages_es.properties");
        Properties en = load("messages_en.properties");
        assertThat(missing(base, es)).as("keys missing in messages_es.properties").isEmpty();
        assertThat(missing(es, base)).as("keys missing in messages.properties").isEmpty();
        assertThat(missing(base, en)).as("keys missing in messages_en.properties").isEmpty();
        assertThat(missing(en, base)).as("keys only in messages_en.properties").isEmpty();
        base.forEach((k, v) -> assertThat(v.toString()).as("empty text for " + k).isNotBlank());
        es.forEach((k, v) -> assertThat(v.toString()).as("empty Spanish text for " + k).isNotBlank());
    }

    @Test
    void everyTemplateKeyExistsInBothLanguages() throws IOException {
        Properties base = load("messages.properties");
        Properties es = load("messages_es.properties");
        Set<String> keys = new TreeSet<>();
        Set<String> dynamicPrefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = MESSAGE.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1).trim();
                    if (key.startsWith("${")) {
                        continue;   // key computed by the view model (roleKey, labelKey, flash …), checked below
                    }
                    if (key.contains("__")) {
                        dynamicPrefixes.add(key.substring(0, key.indexOf("__")));
                    } else {
                        keys.add(key);
                    }
                }
            }
        }
        assertThat(keys).isNotEmpty();
        for (String key : keys) {
            assertThat(base.containsKey(key)).as("messages.properties lacks " + key).isTrue();
            assertThat(es.containsKey(key)).as("messages_es.properties lacks " + key).isTrue();
        }
        for (String prefix : dynamicPrefixes) {
            for (String value : valuesOf(prefix)) {
                assertThat(base.containsKey(prefix + value)).as("messages.properties lacks " + prefix + value).isTrue();
                assertThat(es.containsKey(prefix + value)).as("messages_es.properties lacks " + prefix + value).isTrue();
            }
        }
    }

    @Test
    void computedKeysExist() throws IOException {
        Properties es = load("messages_es.properties");
        Stream.of("BROKER", "CARRIER", "OFFICER_MX", "OFFICER_US", "ANALYST", "AUDITOR", "ADMIN", "NONE")
                .forEach(r -> assertThat(es).containsKey("role." + r));
        Stream.of("kpi.today", "kpi.month", "kpi.year", "flash.filed", "flash.decided", "flash.arrived", "flash.joined",
                "flash.finding", "flash.ended", "party.importer", "party.exporter", "party.buyer", "party.seller",
                "timeline.FILED", "timeline.AMENDED", "timeline.ARRIVED", "timeline.SELECTED", "timeline.INSPECTION_SCHEDULED",
                "timeline.INSPECTION_STARTED", "timeline.INSPECTION_ENDED", "timeline.FINDING", "timeline.DECISION",
                "timeline.RELEASED", "csv.category", "label.chapter").forEach(k -> assertThat(es).containsKey(k));
        for (String field : io.jointclear.console.broker.CrossingForm.FIELDS) {
            assertThat(es).containsKeys("form." + field, "form." + field + ".help");
        }
    }

    /** The values a dynamic key prefix takes: the enums and code lists the templates translate. */
    private static List<String> valuesOf(String prefix) {
        return switch (prefix) {
            case "status." -> Stream.of(CrossingStatus.values()).map(Enum::name).toList();
            case "decision." -> Stream.of(Decision.values()).map(Enum::name).toList();
            case "lane." -> Stream.of(Lane.values()).map(Enum::name).toList();
            case "direction." -> List.of("NORTHBOUND", "SOUTHBOUND");
            case "authority." -> List.of("MX", "US");
            case "assessment." -> List.of("ASSESSED", "PENDING_REFERENCE_DATA", "NOT_APPLICABLE");
            case "inspection.status." -> List.of("SCHEDULED", "IN_PROGRESS", "COMPLETED");
            case "finding." -> List.of("NONE", "QUANTITY", "VALUE", "CLASSIFICATION", "ORIGIN", "UNDECLARED_GOODS",
                    "PROHIBITED_GOODS", "DOCUMENTS");
            case "period." -> List.of("TODAY", "MONTH", "YEAR");
            case "list.sort." -> Stream.of(io.jointclear.clearance.CrossingSort.values())
                    .map(io.jointclear.clearance.CrossingSort::parameter).toList();
            case "crosscheck.", "crosscheck.kind." -> List.of("HS6_MISMATCH", "QUANTITY_MISMATCH", "VALUE_MISMATCH",
                    "ORIGIN_MISMATCH", "UNMATCHED_LINE");
            case "action." -> Stream.of(io.jointclear.clearance.TraderCrossingView.Action.values()).map(Enum::name).toList();
            case "document." -> Stream.of(io.jointclear.clearance.TraderCrossingView.Document.values()).map(Enum::name).toList();
            case "courierConsole.band." -> Stream.of(io.jointclear.courier.CourierOverview.RATE_BANDS).toList();
            case "courierConsole.direction." -> List.of("NORTHBOUND", "SOUTHBOUND");
            case "courierConsole.flag." -> Stream.of(io.jointclear.courier.CourierOverview.FLAG_CODES).toList();
            case "courierConsole.decision." -> Stream.of(io.jointclear.courier.CourierOverview.DECISIONS).toList();
            case "manifest.flag." -> List.of(io.jointclear.manifest.ManifestCodes.LATE_MANIFEST,
                    io.jointclear.manifest.ManifestCodes.MISSING_MANIFEST);
            // issue 13 (t13-proc): proceedings and compliance scores
            case "proceeding.status." -> Stream.of(io.jointclear.operators.proceedings.Proceeding.Status.values()).map(Enum::name).toList();
            case "proceeding.term." -> Stream.of(io.jointclear.operators.proceedings.ProceedingTerms.Term.values()).map(Enum::name).toList();
            case "proceeding.deadline." -> List.of("RUNNING", "DUE_SOON", "OVERDUE", "MET", "ENDED");
            case "proceeding.step." -> List.of("OPEN", "DECLINE", "NOTIFY", "ARGUMENTS", "SUSPEND", "LIFT_SUSPENSION", "RESOLVE", "APPEAL");
            case "proceeding.recorded." -> List.of("PROPOSED", "OPENED", "DECLINED", "EVIDENCE_ATTACHED", "NOTIFIED", "ARGUMENTS_RECEIVED",
                    "PROVISIONALLY_SUSPENDED", "SUSPENSION_LIFTED", "RESOLVED", "APPEALED");
            case "proceeding.outcome." -> Stream.of(io.jointclear.operators.proceedings.Proceeding.Outcome.values()).map(Enum::name).toList();
            case "score.part." -> List.of("RED_LANE", "INSPECTION_DISCREPANCIES", "HOLDS_SEIZURES", "AMENDMENTS_AFTER_ARRIVAL",
                    "COURIER_IRREGULARITY", "IMMEX_RETURNS");
            case "complianceConsole.status." -> io.jointclear.compliance.DetectionView.STATUSES;
            case "cases.term." -> io.jointclear.enforcement.cases.LegalTerm.CODES;
            case "cases.alert." -> List.of("OVERDUE", "DUE_SOON");
            case "cases.procedure." -> Stream.of(io.jointclear.enforcement.cases.Procedure.values()).map(Enum::name).toList();
            case "cases.status." -> Stream.of(io.jointclear.enforcement.cases.CaseStatus.values()).map(Enum::name).toList();
            case "cases.origin." -> Stream.of(io.jointclear.enforcement.cases.CaseOrigin.values()).map(Enum::name).toList();
            case "cases.role." -> List.of("IMPORTER", "AGENT", "CARRIER", "DRIVER", "SUPPLIER", "TRUCK");
            case "cases.measure." -> Stream.of(io.jointclear.enforcement.cases.CaseMeasureKind.values()).map(Enum::name).toList();
            case "cases.step." -> Stream.of(io.jointclear.enforcement.cases.StepKind.values()).map(Enum::name).toList();
            case "cases.evidenceKind." -> List.of("PHOTO", "LAB_REPORT", "DOCUMENT");
            case "cases.custodyAction." -> List.of("TAKEN", "HANDED_OVER", "RECEIVED");
            case "cases.break." -> List.of("HASH_MISMATCH", "GAP", "SEAL_MISMATCH", "PARTY_MISMATCH");
            case "immexConsole.alert." -> List.of("OVERDUE", "DAYS_7", "DAYS_30", "DAYS_60");
            case "registryFlag." -> List.of("AUTHORISATION_SUSPENDED", "AUTHORISATION_CANCELLED", "AUTHORISATION_EXPIRED",
                    "AUTHORISATION_EXTINCT", "IMPORTER_NOT_IN_REGISTRY", "IMPORTER_NOT_ACTIVE_IN_PADRON");
            case "operatorConsole.type." -> Stream.of(io.jointclear.operators.OperatorType.values()).map(Enum::name).toList();
            case "operatorConsole.kind." -> Stream.of(io.jointclear.operators.AuthorisationKind.values()).map(Enum::name).toList();
            case "operatorConsole.status." -> Stream.of(io.jointclear.operators.AuthorisationStatus.values()).map(Enum::name).toList();
            case "operatorConsole.program." -> Stream.of(io.jointclear.operators.CertificationProgram.values()).map(Enum::name).toList();
            default -> throw new AssertionError("template uses dynamic message prefix '" + prefix
                    + "' that ConsoleMessagesTest does not know; add its values");
        };
    }

    private static Set<String> missing(Properties from, Properties in) {
        Set<String> out = new TreeSet<>();
        from.stringPropertyNames().forEach(k -> {
            if (!in.containsKey(k)) {
                out.add(k);
            }
        });
        return out;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ConsoleMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
