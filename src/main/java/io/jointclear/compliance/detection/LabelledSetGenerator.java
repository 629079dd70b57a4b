package io.jointclear.compliance.detection;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the labelled set of the misclassification detector (data/compliance/SOURCE.md): synthetic
 * declarations of chapters 27, 29, 34 and 38 built from BRIEF §11.4 (the evasion patterns and the physical
 * ranges) with a fixed seed. Each product has description templates in Spanish and English; the last two of
 * each product are held out of the training file and used only in the test file, so the test measures
 * wording the model never saw. Prices and quantities are plausible magnitudes for the generator only
 * (documented in SOURCE.md), never used as references by the platform.
 *
 * <p>Usage: {@code LabelledSetGenerator OUT_DIR [TRAIN_ROWS TEST_ROWS SEED]}.
 */
public final class LabelledSetGenerator {

    private static final int HELD_OUT = 2;

    /** A genuine product: its code, templates, unit value band (USD/L), density and T90 bands, transports. */
    private record Product(String code, String[] templates, double minUsd, double maxUsd, double dMin, double dMax,
                           double t90Min, double t90Max, double sMin, double sMax, Transport[] transports,
                           double sector13) {
    }

    /** A disguise: a non-fuel code and description under which a fuel is declared. */
    private record Disguise(String code, FuelFamily fuel, String[] templates) {
    }

    private static final Transport[] BULK = {Transport.TANK_TRUCK, Transport.TANK_TRUCK, Transport.TANK_TRUCK,
            Transport.TANK_TRUCK, Transport.RAIL_TANK_CAR, Transport.RAIL_TANK_CAR, Transport.SHIP, Transport.TOTE};
    private static final Transport[] PACKED = {Transport.DRUM, Transport.DRUM, Transport.TOTE, Transport.TANK_TRUCK};
    private static final Transport[] MIXED = {Transport.TANK_TRUCK, Transport.RAIL_TANK_CAR, Transport.DRUM, Transport.TOTE,
            Transport.TANK_TRUCK};

    private static final List<Product> CLEAN = List.of(
            new Product("2710199901", new String[]{"Aceite básico lubricante SN-150 a granel", "Base oil group II 150N in bulk",
                    "Aceite mineral parafínico básico SN-500 sin aditivos", "Lubricating base oil SAE 30 grade, no additives",
                    "Aceite básico grupo I para formulación de lubricantes", "Neutral base stock 600N paraffinic",
                    "Aceite lubricante básico hidrotratado 100N", "Group III base oil 4 cSt for blending"},
                    0.95, 1.45, 0.855, 0.895, 420, 520, 50, 3000, MIXED, 0.60),
            new Product("2710190200", new String[]{"Aceite para motor SAE 15W-40 terminado", "Finished engine oil 5W-30 API SP",
                    "Aceite lubricante para transmisión 80W-90", "Hydraulic oil ISO VG 46 with additives",
                    "Aceite para motor a gasolina 20W-50 en tambores", "Heavy duty diesel engine oil 15W-40 CK-4",
                    "Aceite para engranes industriales ISO 220", "Two-stroke motor oil TC-W3"},
                    2.2, 4.8, 0.86, 0.90, 430, 540, 500, 4000, PACKED, 0.10),
            new Product("3811219900", new String[]{"Aditivo mejorador de índice de viscosidad para aceites lubricantes",
                    "Detergent inhibitor additive package for engine oils", "Aditivo antidesgaste ZDDP para lubricantes",
                    "Pour point depressant additive for lubricating oils", "Paquete de aditivos para aceites de motor diésel",
                    "Antioxidant additive for turbine oils", "Aditivo dispersante para aceites lubricantes en contenedor",
                    "Friction modifier additive concentrate"},
                    2.5, 8.0, 0.90, 1.05, 0, 0, 0, 0, PACKED, 0.05),
            new Product("3811909900", new String[]{"Aditivo mejorador de cetano para diésel, concentrado",
                    "Fuel stabilizer additive for gasoline engines", "Aditivo detergente para combustibles, tambores",
                    "Corrosion inhibitor for fuel systems", "Aditivo anticongelante para diésel",
                    "Octane booster additive concentrate", "Aditivo lubricidad para gasóleo ultra bajo azufre",
                    "Biocide additive for fuel storage tanks"},
                    3.0, 9.0, 0.88, 1.05, 0, 0, 0, 0, PACKED, 0.10),
            new Product("2902440100", new String[]{"Xileno mezcla de isómeros grado industrial", "Mixed xylenes, nitration grade",
                    "Xilol grado técnico para la industria de pinturas", "Xylene isomer mixture 99% purity",
                    "Xileno para resinas y recubrimientos", "Mixed xylene solvent grade for coatings",
                    "Dimetilbenceno mezcla de isómeros", "Xylenes, mixed isomers, chemical grade"},
                    0.95, 1.40, 0.860, 0.876, 138, 145, 0, 2, MIXED, 0.05),
            new Product("2902300100", new String[]{"Tolueno grado industrial", "Toluene nitration grade 99.5%",
                    "Metilbenceno para síntesis química", "Toluene for paint thinners manufacture",
                    "Tolueno grado reactivo a granel", "Industrial toluene, bulk",
                    "Tolueno puro para la industria del adhesivo", "Toluol technical grade"},
                    0.90, 1.35, 0.864, 0.872, 110, 112, 0, 2, MIXED, 0.05),
            new Product("2901100502", new String[]{"Hexano grado extracción de aceites vegetales", "n-Hexane 95% extraction grade",
                    "Hexano industrial para adhesivos", "Heptane solvent grade",
                    "Hexano grado alimenticio para extracción", "Normal heptane, technical",
                    "Heptano para laboratorio", "Hexane isomers mixture for rubber cements"},
                    1.00, 1.50, 0.655, 0.690, 66, 99, 0, 2, MIXED, 0.05),
            new Product("3814000100", new String[]{"Thinner estándar para lacas nitrocelulosa", "Lacquer thinner composite solvent",
                    "Solvente compuesto para limpieza industrial", "Paint thinner blend of aromatics and esters",
                    "Diluyente para pinturas automotrices", "Composite organic solvent for inks",
                    "Removedor de pintura base solvente", "Cleaning solvent blend for printing presses"},
                    0.95, 1.70, 0.80, 0.89, 120, 200, 0, 5, PACKED, 0.05),
            new Product("2710999900", new String[]{"Aceite lubricante usado para reciclaje", "Used motor oil for re-refining",
                    "Aceite residual de talleres mecánicos", "Waste hydraulic oil collected from plants",
                    "Aceites usados de transformador sin PCB", "Spent lubricating oil, mixed",
                    "Emulsión de aceite y agua de desecho", "Slop oil tank residues"},
                    0.10, 0.35, 0.87, 0.93, 380, 500, 2000, 6000, MIXED, 0.40),
            new Product("3403199900", new String[]{"Preparación lubricante para moldes de concreto", "Mould release lubricant preparation",
                    "Preparación antiadherente a base de aceite", "Cutting fluid preparation with mineral oil below 70%",
                    "Lubricante para corte de metales soluble", "Wire drawing lubricant preparation",
                    "Preparación lubricante para cadenas", "Rust preventive lubricating preparation"},
                    2.0, 4.5, 0.88, 1.00, 0, 0, 0, 0, PACKED, 0.05),
            new Product("2710129999", new String[]{"Nafta para uso petroquímico", "Petrochemical naphtha feedstock",
                    "Nafta pesada para reformación", "Naphtha for steam cracker feed",
                    "Nafta virgen para planta química", "Full range naphtha, chemical use",
                    "Nafta isomerizada para petroquímica", "Heavy naphtha cracker feedstock"},
                    0.50, 0.80, 0.68, 0.74, 150, 205, 10, 600, BULK, 0.95),
            new Product("2710199903", new String[]{"Diésel ultra bajo azufre UBA", "Ultra low sulfur diesel ULSD No. 2",
                    "Gasóleo automotriz ultra bajo azufre", "Diesel fuel No. 2 ULSD 15 ppm",
                    "Combustible diésel automotriz", "ULSD on-road diesel fuel",
                    "Diésel para uso automotriz 15 ppm", "Clear diesel, ultra low sulfur"},
                    0.60, 0.90, 0.820, 0.848, 300, 355, 5, 15, BULK, 0.97),
            new Product("2710129905", new String[]{"Gasolina regular 87 octanos", "Regular unleaded gasoline 87 octane",
                    "Gasolina magna sin plomo", "Conventional gasoline 87 AKI",
                    "Gasolina automotriz regular", "Unleaded motor gasoline, regular grade",
                    "Gasolina de 87 octanos a granel", "Regular grade gasoline CBOB"},
                    0.55, 0.85, 0.720, 0.775, 150, 195, 3, 30, BULK, 0.97));

    /** The brief's evasion patterns: diesel as base oil, motor oil, additive, waste oil, lubricating preparation, "chemical"; gasoline as solvent, additive, xylene, toluene, hexane, naphtha, thinner. */
    private static final List<Disguise> DISGUISES = List.of(
            new Disguise("2710199901", FuelFamily.DIESEL, new String[]{"Aceite básico lubricante a granel",
                    "Base oil light neutral in bulk", "Aceite mineral básico para mezcla de lubricantes",
                    "Lubricating base oil, paraffinic, no additives", "Aceite básico ligero 70N",
                    "Light base stock for lubricant blending", "Aceite básico tipo spindle a granel",
                    "Base oil 60N low viscosity"}),
            new Disguise("2710190200", FuelFamily.DIESEL, new String[]{"Aceite para motor a granel",
                    "Motor oil in bulk for repackaging", "Aceite lubricante multigrado a granel",
                    "Engine lubricating oil, bulk", "Aceite para maquinaria agrícola",
                    "Industrial lubricating oil bulk shipment", "Aceite para motor diésel a granel",
                    "Heavy duty engine oil bulk"}),
            new Disguise("3811219900", FuelFamily.DIESEL, new String[]{"Aditivo para aceites lubricantes",
                    "Lubricating oil additive in bulk", "Aditivo para aceites minerales",
                    "Additive for mineral oils, tank truck", "Aditivo mejorador para aceites",
                    "Oil additive concentrate, bulk", "Aditivo para lubricantes industriales",
                    "Additive blend for lubricants"}),
            new Disguise("3811909900", FuelFamily.GASOLINE, new String[]{"Aditivo para combustibles",
                    "Fuel additive in bulk", "Aditivo antidetonante para gasolinas",
                    "Octane improver additive, tank truck", "Aditivo oxigenante para combustibles",
                    "Fuel system additive bulk", "Mejorador de octanaje",
                    "Anti-knock additive for motor fuels"}),
            new Disguise("2710999900", FuelFamily.DIESEL, new String[]{"Aceite usado para reciclaje",
                    "Used oil for recycling", "Aceite residual industrial",
                    "Waste oil from industrial processes", "Aceite recuperado para refinación",
                    "Recovered oil for re-refining", "Aceite quemado de flotillas",
                    "Spent oil collected from fleets"}),
            new Disguise("3403199900", FuelFamily.DIESEL, new String[]{"Preparación lubricante industrial",
                    "Lubricating preparation, industrial", "Preparación lubricante con aceites minerales",
                    "Lubricant preparation for machinery", "Preparación desmoldante a granel",
                    "Release agent preparation bulk", "Preparación lubricante para perforación",
                    "Drilling lubricant preparation"}),
            new Disguise("2902909900", FuelFamily.GASOLINE, new String[]{"Producto químico hidrocarburo aromático",
                    "Aromatic hydrocarbon chemical product", "Mezcla de hidrocarburos cíclicos",
                    "Cyclic hydrocarbons chemical mixture", "Producto químico orgánico para uso industrial",
                    "Organic chemical, industrial grade", "Hidrocarburo cíclico grado técnico",
                    "Technical grade cyclic hydrocarbon"}),
            new Disguise("2902440100", FuelFamily.GASOLINE, new String[]{"Xileno grado industrial",
                    "Mixed xylenes, industrial grade", "Xileno a granel",
                    "Xylene bulk shipment", "Xileno mezcla técnica",
                    "Xylene technical mixture", "Xilol para solventes",
                    "Xylol for solvent blending"}),
            new Disguise("2902300100", FuelFamily.GASOLINE, new String[]{"Tolueno industrial",
                    "Toluene industrial grade", "Tolueno a granel",
                    "Toluene in bulk", "Tolueno para mezclas",
                    "Toluene for blending", "Tolueno técnico",
                    "Toluol technical"}),
            new Disguise("2901100502", FuelFamily.GASOLINE, new String[]{"Hexano industrial",
                    "Hexane industrial grade", "Hexano a granel",
                    "Hexane bulk", "Heptano solvente",
                    "Heptane solvent bulk", "Hexano técnico para extracción",
                    "Technical hexane for extraction"}),
            new Disguise("3814000100", FuelFamily.GASOLINE, new String[]{"Solvente compuesto",
                    "Composite solvent in bulk", "Thinner industrial a granel",
                    "Industrial thinner, tank truck", "Diluyente para pinturas a granel",
                    "Paint diluent bulk", "Solvente para limpieza a granel",
                    "Cleaning solvent bulk"}),
            new Disguise("2710129999", FuelFamily.GASOLINE, new String[]{"Nafta para uso químico",
                    "Naphtha for chemical use", "Nafta ligera industrial",
                    "Light naphtha, industrial", "Nafta para solventes",
                    "Naphtha for solvent manufacture", "Nafta de uso petroquímico a granel",
                    "Petrochemical grade naphtha bulk"}));

    /** Betraying phrases some importers leave in (BRIEF §12.3 R4: "diesel", "ULSD", "gasóleo" under a lubricant or 3811 line). */
    private static final String[] DIESEL_SLIPS = {" (diésel base)", " tipo gasóleo", " ULSD blend", " destilado medio",
            " diesel range", " tipo diésel"};
    private static final String[] GASOLINE_SLIPS = {" (gasolina base)", " blendstock", " tipo gasolina", " RBOB grade",
            " para mezcla de gasolinas", " gasoline range"};
    private static final String[] BULK_WORDS = {" a granel", " in bulk", " en auto-tanque", " bulk shipment",
            " en carro-tanque", " granel"};
    private static final String[] OFFICES = {"240", "070", "170", "380", "810", "300", "160", "430", "800", "020"};
    private static final String[] ORIGINS = {"US", "US", "US", "US", "CA", "KR", "IN", "NL", "ES", "CN"};

    private LabelledSetGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/compliance");
        int trainRows = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        int testRows = args.length > 2 ? Integer.parseInt(args[2]) : 1500;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20260314L;
        Files.createDirectories(dir);
        write(dir.resolve("fuel-labelled-train.csv"), generate(trainRows, new Random(seed), false, "TR"));
        write(dir.resolve("fuel-labelled-test.csv"), generate(testRows, new Random(seed + 1), true, "TE"));
    }

    private static void write(Path p, List<LabelledLine> lines) throws IOException {
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            LabelledCsv.write(lines, w);
        }
    }

    /** {@code rows} lines, about a quarter misclassified; test lines use only the held-out templates. */
    public static List<LabelledLine> generate(int rows, Random r, boolean heldOut, String prefix) {
        List<LabelledLine> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            String id = prefix + String.format("%06d", i + 1);
            LocalDate date = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(330));
            out.add(r.nextDouble() < 0.25 ? disguised(id, date, r, heldOut) : clean(id, date, r, heldOut));
        }
        return out;
    }

    private static LabelledLine clean(String id, LocalDate date, Random r, boolean heldOut) {
        Product p = CLEAN.get(r.nextInt(CLEAN.size()));
        Transport t = p.transports()[r.nextInt(p.transports().length)];
        double litres = litres(t, r);
        double usd = uniform(r, p.minUsd(), p.maxUsd());
        boolean lab = r.nextDouble() < 0.25 && p.dMax() > 0;
        Double d = lab ? uniform(r, p.dMin(), p.dMax()) : null;
        Double t90 = lab && p.t90Max() > 0 && r.nextBoolean() ? uniform(r, p.t90Min(), p.t90Max()) : null;
        Double s = lab && p.sMax() > 0 && r.nextBoolean() ? uniform(r, p.sMin(), p.sMax()) : null;
        String description = template(p.templates(), r, heldOut);
        if (t.bulk() && r.nextDouble() < 0.5) {
            // genuine goods travel in bulk too and say so: "a granel" must not mean "fuel"
            description = description + BULK_WORDS[r.nextInt(BULK_WORDS.length)];
        }
        return line(id, date, description, p.code(), litres, usd, d, t90, s, r.nextDouble() < p.sector13(), t, r, p.code(),
                (p.dMin() + p.dMax()) / 2);
    }

    private static LabelledLine disguised(String id, LocalDate date, Random r, boolean heldOut) {
        Disguise g = DISGUISES.get(r.nextInt(DISGUISES.size()));
        Transport t = BULK[r.nextInt(BULK.length)];
        double litres = litres(t, r);
        boolean diesel = g.fuel() == FuelFamily.DIESEL;
        double fuelUsd = diesel ? uniform(r, 0.60, 0.90) : uniform(r, 0.55, 0.85);
        // most invoice the fuel's own price; some dress the price up towards the disguise's
        double usd = r.nextDouble() < 0.65 ? fuelUsd : fuelUsd * uniform(r, 1.05, 1.35);
        boolean lab = r.nextDouble() < 0.30;
        Double d = lab ? (diesel ? uniform(r, 0.820, 0.848) : uniform(r, 0.722, 0.775)) : null;
        Double t90 = lab && r.nextBoolean() ? (diesel ? uniform(r, 300, 355) : uniform(r, 150, 198)) : null;
        double sulfur = diesel ? (r.nextDouble() < 0.8 ? uniform(r, 3, 15) : uniform(r, 16, 480)) : uniform(r, 3, 30);
        Double s = lab && r.nextBoolean() ? sulfur : null;
        String description = template(g.templates(), r, heldOut);
        if (r.nextDouble() < 0.15) {
            String[] slips = diesel ? DIESEL_SLIPS : GASOLINE_SLIPS;
            description = description + slips[r.nextInt(slips.length)];
        }
        String label = diesel ? FuelFamily.DIESEL.proposedCode(BigDecimal.valueOf(sulfur), null)
                : (r.nextDouble() < 0.85 ? "2710129905" : "2710129906");
        if (!diesel && label.equals("2710129906") && r.nextBoolean()) {
            description = description + (r.nextBoolean() ? " 93 octanos" : " 92 octane");
        }
        return line(id, date, description, g.code(), litres, usd, d, t90, s, r.nextDouble() < 0.2, t, r, label,
                diesel ? 0.835 : 0.75);
    }

    private static LabelledLine line(String id, LocalDate date, String description, String code, double litres, double usd,
                                     Double d, Double t90, Double s, boolean sector13, Transport t, Random r, String label,
                                     double density) {
        boolean kilos = r.nextDouble() < 0.3;
        BigDecimal quantity = kilos ? bd(litres * (d == null ? density : d), 0) : bd(litres, 0);
        DeclaredLine line = new DeclaredLine(id, date, description, code, quantity, kilos ? "KGM" : "LTR",
                bd(litres * usd, 2), ORIGINS[r.nextInt(ORIGINS.length)], d == null ? null : bd(d, 3),
                t90 == null ? null : bd(t90, 0), s == null ? null : bd(s, 0), sector13, t,
                OFFICES[r.nextInt(OFFICES.length)]);
        return new LabelledLine(line, label);
    }

    private static double litres(Transport t, Random r) {
        return switch (t) {
            case TANK_TRUCK -> uniform(r, 28_000, 42_000);
            case RAIL_TANK_CAR -> uniform(r, 75_000, 113_000);
            case SHIP -> uniform(r, 2_000_000, 12_000_000);
            case DRUM -> 208 * (4 + r.nextInt(77));
            case TOTE -> 1000 * (1 + r.nextInt(24));
        };
    }

    private static String template(String[] templates, Random r, boolean heldOut) {
        int train = templates.length - HELD_OUT;
        return heldOut ? templates[train + r.nextInt(HELD_OUT)] : templates[r.nextInt(train)];
    }

    private static double uniform(Random r, double min, double max) {
        return min + (max - min) * r.nextDouble();
    }

    private static BigDecimal bd(double v, int scale) {
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
    }
}
