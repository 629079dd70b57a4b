package io.jointclear.immex.internal;

import io.jointclear.immex.Category;
import io.jointclear.immex.Immex.ImportResult;
import io.jointclear.immex.Immex.Program;
import io.jointclear.immex.Immex.Rejection;
import io.jointclear.immex.internal.LedgerStore.NewEntry;
import io.jointclear.immex.internal.ProgramStore.BomLine;
import io.jointclear.immex.internal.ProgramStore.Material;
import io.jointclear.immex.internal.ProgramStore.Product;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The ERP hand-off of Annex 24 data as CSV (apartado C): catalogues, bills of materials and the
 * entries of pedimentos cleared outside the platform. A malformed file is refused whole; in a
 * well-formed file each bad line is rejected with all its errors and the good lines are stored.
 */
@Component
class CatalogueImport {

    static final List<String> MATERIAL_COLUMNS = List.of("part_number", "description", "fraccion", "nico", "umc", "umt",
            "conversion_factor", "category", "valid_from");
    static final List<String> PRODUCT_COLUMNS = List.of("part_number", "description", "fraccion", "umc", "valid_from");
    static final List<String> BOM_COLUMNS = List.of("product", "valid_from", "material", "quantity_per_unit", "scrap_pct");
    static final List<String> ENTRY_COLUMNS = List.of("pedimento", "line", "clave", "date", "part_number", "quantity_umc",
            "value_usd");
    private static final Set<String> ENTRY_CLAVES = Set.of("IN", "AF", "V1", "E1", "E2", "M3", "M4");

    private final ProgramStore programs;
    private final LedgerStore ledger;

    CatalogueImport(ProgramStore programs, LedgerStore ledger) {
        this.programs = programs;
        this.ledger = ledger;
    }

    ImportResult materials(Program p, Reader csv) {
        CsvTable t = CsvTable.read(csv, MATERIAL_COLUMNS);
        List<Rejection> rejected = new ArrayList<>();
        List<Material> good = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            Fields f = new Fields(t, i, rejected);
            Material m = new Material(f.partNumber("part_number"), f.date("valid_from"), f.text("description", 300),
                    f.fraccion("fraccion"), f.nico("nico"), f.unit("umc"), f.unit("umt"), f.positive("conversion_factor"),
                    f.oneOf("category", Category.class));
            if (f.ok() && !seen.add(m.partNumber() + "@" + m.validFrom())) {
                f.reject("part_number", "DUPLICATE_LINE", "Part number " + m.partNumber() + " is given twice for " + m.validFrom());
            }
            if (f.ok()) {
                good.add(m);
            }
        }
        programs.upsertMaterials(p.id(), good);
        return new ImportResult(good.size(), rejected);
    }

    ImportResult products(Program p, Reader csv) {
        CsvTable t = CsvTable.read(csv, PRODUCT_COLUMNS);
        List<Rejection> rejected = new ArrayList<>();
        List<Product> good = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            Fields f = new Fields(t, i, rejected);
            Product pr = new Product(f.partNumber("part_number"), f.date("valid_from"), f.text("description", 300),
                    f.fraccion("fraccion"), f.unit("umc"));
            if (f.ok() && !seen.add(pr.partNumber() + "@" + pr.validFrom())) {
                f.reject("part_number", "DUPLICATE_LINE", "Product " + pr.partNumber() + " is given twice for " + pr.validFrom());
            }
            if (f.ok()) {
                good.add(pr);
            }
        }
        programs.upsertProducts(p.id(), good);
        return new ImportResult(good.size(), rejected);
    }

    /**
     * BOM lines: a product version's whole bill of materials is replaced by the file's lines for it; a
     * version any of whose lines is rejected is left as it was (a half bill of materials would
     * discharge too little).
     */
    ImportResult boms(Program p, Reader csv) {
        CsvTable t = CsvTable.read(csv, BOM_COLUMNS);
        List<Rejection> rejected = new ArrayList<>();
        Map<String, List<BomLine>> byVersion = new HashMap<>();
        Set<String> badVersions = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Map<String, Boolean> versions = new HashMap<>();
        for (int i = 0; i < t.size(); i++) {
            Fields f = new Fields(t, i, rejected);
            BomLine l = new BomLine(f.partNumber("product"), f.date("valid_from"), f.partNumber("material"),
                    f.positive("quantity_per_unit"), f.nonNegative("scrap_pct", true));
            if (l.scrapPct() != null && l.scrapPct().compareTo(new BigDecimal("100")) >= 0) {
                f.reject("scrap_pct", "NUMBER_OUT_OF_RANGE", "Scrap (merma) is a percentage below 100");
            }
            String version = l.product() + "@" + l.validFrom();
            if (f.ok() && !versions.computeIfAbsent(version, k -> programs.productVersionExists(p.id(), l.product(), l.validFrom()))) {
                f.reject("product", "UNKNOWN_PRODUCT", "No product " + l.product() + " with a version from " + l.validFrom()
                        + " in the catalogue: import the product first");
            }
            if (f.ok() && programs.materialsAsOf(p.id(), List.of(l.material()), l.validFrom()).isEmpty()) {
                f.reject("material", "UNKNOWN_PART_NUMBER", "Material " + l.material() + " is not in the catalogue on " + l.validFrom());
            }
            if (f.ok() && !seen.add(version + "/" + l.material())) {
                f.reject("material", "DUPLICATE_LINE", "Material " + l.material() + " appears twice in " + version);
            }
            if (f.ok()) {
                byVersion.computeIfAbsent(version, k -> new ArrayList<>()).add(l);
            } else if (l.product() != null && l.validFrom() != null) {
                badVersions.add(version);
            }
        }
        List<BomLine> good = new ArrayList<>();
        byVersion.forEach((version, lines) -> {
            if (badVersions.contains(version)) {
                lines.forEach(l -> rejected.add(new Rejection(0, "product", "BOM_VERSION_INCOMPLETE", "The bill of materials of "
                        + version + " has rejected lines: none of its lines was stored")));
            } else {
                good.addAll(lines);
            }
        });
        programs.replaceBoms(p.id(), good);
        return new ImportResult(good.size(), rejected);
    }

    /** Entries of temporary imports cleared elsewhere, with the category and deadline of the material catalogue. */
    ImportResult entries(Program p, Reader csv, Instant now) {
        CsvTable t = CsvTable.read(csv, ENTRY_COLUMNS);
        List<Rejection> rejected = new ArrayList<>();
        List<NewEntry> good = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Fields f = new Fields(t, i, rejected);
            String pedimento = f.text("pedimento", 15);
            if (pedimento != null && !pedimento.matches("\\d{15}")) {
                pedimento = f.reject("pedimento", "MALFORMED_PEDIMENTO_NUMBER", "A pedimento number is 15 digits");
            }
            BigDecimal line = f.positive("line");
            String clave = f.text("clave", 2);
            if (clave != null && !ENTRY_CLAVES.contains(clave)) {
                f.reject("clave", "UNKNOWN_PEDIMENTO_TYPE", "An IMMEX entry is one of " + ENTRY_CLAVES);
            }
            LocalDate date = f.date("date");
            String part = f.partNumber("part_number");
            BigDecimal quantity = f.positive("quantity_umc");
            BigDecimal value = f.nonNegative("value_usd", true);
            BigDecimal umtGiven = t.get(i, "quantity_umt") == null ? null : f.nonNegative("quantity_umt", true);
            BigDecimal igi = f.nonNegative("igi_mxn", false);
            BigDecimal cc = f.nonNegative("cc_mxn", false);
            BigDecimal iva = f.nonNegative("iva_credit_mxn", false);
            String form = f.optionalText("payment_form", 2);
            String origin = f.optionalText("origin", 2);
            if (line != null && (line.stripTrailingZeros().scale() > 0 || line.compareTo(new BigDecimal("9999")) > 0)) {
                line = f.reject("line", "INVALID_VALUE", "A pedimento line (partida) is a whole number 1 to 9999");
            }
            Material m = part == null || date == null ? null : programs.materialsAsOf(p.id(), List.of(part), date).get(part);
            if (f.ok() && m == null) {
                f.reject("part_number", "UNKNOWN_PART_NUMBER", "Material " + part + " is not in the catalogue on " + date);
            }
            if (f.ok()) {
                BigDecimal umt = umtGiven != null ? umtGiven : quantity.multiply(m.conversionFactor()).setScale(6, java.math.RoundingMode.HALF_UP);
                good.add(new NewEntry(p.id(), pedimento, line.intValue(), clave, date, part, m.fraccion(), origin,
                        m.category(), quantity, m.umc(), umt, m.umt(), value, igi, cc, iva, form,
                        m.category().deadline(date, p.validTo()), "CSV", null, null));
            }
        }
        int inserted = ledger.insertEntries(good, now);
        return new ImportResult(inserted, rejected);
    }
}
