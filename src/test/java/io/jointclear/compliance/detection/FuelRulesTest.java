package io.jointclear.compliance.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule fires on its fixture and stays silent on a clean line of the same declared product. */
class FuelRulesTest {

    private static final FuelPriceReference PRICES = new FuelPriceReference(
            Map.of(FuelFamily.DIESEL, 0.75, FuelFamily.GASOLINE, 0.70),
            Map.of("2710", 1.20, "2902", 1.10, "3811", 4.50));

    static DeclaredLine line(String description, String code, String litres, String usd, String density, String t90,
                             Boolean sector13, Transport transport, String office) {
        return new DeclaredLine("T1", LocalDate.of(2026, 3, 10), description, code, new BigDecimal(litres), "LTR",
                new BigDecimal(usd), "US", density == null ? null : new BigDecimal(density),
                t90 == null ? null : new BigDecimal(t90), null, sector13, transport, office);
    }

    private static DeclaredLine cleanBaseOil() {
        return line("Aceite básico lubricante SN-150", "2710199901", "4160", "4992", "0.872", "470", true, Transport.DRUM, "430");
    }

    private static List<String> codes(DeclaredLine l) {
        return FuelRules.evaluate(l, PRICES).stream().map(Evidence::code).toList();
    }

    @Test
    void aCleanBaseOilInDrumsFiresNothing() {
        assertThat(codes(cleanBaseOil())).isEmpty();
    }

    @Test
    void fuelNamedInTheDescriptionButNotAsAPurpose() {
        assertThat(codes(line("Aceite básico tipo diésel", "2710199901", "4160", "4992", null, null, true, Transport.DRUM, "430")))
                .containsExactly(FuelRules.FUEL_NAMED);
        assertThat(codes(line("Aditivo mejorador de cetano para diésel", "3811909900", "1000", "4500", null, null, true,
                Transport.TOTE, "430"))).doesNotContain(FuelRules.FUEL_NAMED);
        assertThat(codes(line("Additive for diesel engines", "3811909900", "1000", "4500", null, null, true,
                Transport.TOTE, "430"))).doesNotContain(FuelRules.FUEL_NAMED);
    }

    @Test
    void dieselDensityOnABaseOilIsConclusive() {
        List<Evidence> e = FuelRules.evaluate(line("Aceite básico", "2710199901", "4160", "4992", "0.838", null, true,
                Transport.DRUM, "430"), PRICES);
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(FuelRules.FUEL_DENSITY);
            assertThat(x.family()).isEqualTo(FuelFamily.DIESEL);
            assertThat(x.conclusive()).isTrue();
        });
        // a composite solvent as heavy as diesel is only an indication
        assertThat(FuelRules.evaluate(line("Thinner", "3814000100", "1000", "1300", "0.830", null, true, Transport.TOTE,
                "430"), PRICES)).singleElement().satisfies(x -> assertThat(x.conclusive()).isFalse());
    }

    @Test
    void gasolineDensityOnXyleneButNotOnHexane() {
        assertThat(codes(line("Xileno", "2902440100", "1000", "1100", "0.745", null, false, Transport.TOTE, "430")))
                .contains(FuelRules.FUEL_DENSITY);
        assertThat(codes(line("Xileno", "2902440100", "1000", "1100", "0.868", null, false, Transport.TOTE, "430")))
                .isEmpty();
        assertThat(codes(line("Hexano", "2901100502", "1000", "1300", "0.745", null, false, Transport.TOTE, "430")))
                .doesNotContain(FuelRules.FUEL_DENSITY);
    }

    @Test
    void lightOilDistillationOnAChapter27LineOrWithAGasolineDensity() {
        assertThat(codes(line("Aceite usado", "2710999900", "1000", "300", null, "180", false, Transport.DRUM, "430")))
                .contains(FuelRules.LIGHT_OIL_DISTILLATION);
        // pure xylene distils at 140 °C too: without a gasoline density it is no light oil of 2710.12
        assertThat(codes(line("Xileno", "2902440100", "1000", "1100", "0.868", "142", false, Transport.TOTE, "430")))
                .isEmpty();
    }

    @Test
    void middleDistillateDistillation() {
        assertThat(codes(line("Aceite básico", "2710199901", "4160", "4992", null, "340", true, Transport.DRUM, "430")))
                .containsExactly(FuelRules.MIDDLE_DISTILLATE);
        assertThat(codes(line("Aceite básico", "2710199901", "4160", "4992", null, "470", true, Transport.DRUM, "430")))
                .isEmpty();
    }

    @Test
    void bulkTankSector13AndRouteOnATankTruck() {
        DeclaredLine tank = line("Aceite básico", "2710199901", "36000", "43200", null, null, false, Transport.TANK_TRUCK, "240");
        assertThat(codes(tank)).contains(FuelRules.BULK_TANK, FuelRules.NOT_SECTOR_13, FuelRules.FUEL_ROUTE);
        DeclaredLine registered = line("Aceite básico", "2710199901", "36000", "43200", null, null, true, Transport.TANK_TRUCK, "430");
        assertThat(codes(registered)).containsExactly(FuelRules.BULK_TANK);
    }

    @Test
    void unitValueAtFuelPriceFarFromTheDeclaredProducts() {
        assertThat(codes(line("Aceite básico", "2710199901", "4160", "3120", null, null, true, Transport.DRUM, "430")))
                .containsExactly(FuelRules.FUEL_UNIT_VALUE);
        assertThat(codes(cleanBaseOil())).doesNotContain(FuelRules.FUEL_UNIT_VALUE);
    }

    @Test
    void additiveByTheTank() {
        assertThat(codes(line("Aditivo para aceites", "3811219900", "30000", "135000", null, null, true, Transport.TOTE, "430")))
                .containsExactly(FuelRules.ADDITIVE_VOLUME);
        assertThat(codes(line("Aditivo para aceites", "3811219900", "2000", "9000", null, null, true, Transport.TOTE, "430")))
                .isEmpty();
    }

    @Test
    void aFuelFraccionOrAnotherChapterIsNotScreened() {
        assertThat(codes(line("Diésel UBA", "2710199903", "36000", "27000", "0.838", null, false, Transport.TANK_TRUCK, "240")))
                .isEmpty();
        assertThat(codes(line("Jitomate diesel", "0702000399", "36000", "27000", "0.838", null, false, Transport.TANK_TRUCK, "240")))
                .isEmpty();
    }
}
