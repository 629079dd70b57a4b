package io.jointclear.demo;

import java.math.BigDecimal;
import java.util.List;

/**
 * Goods the simulator ships, each with real codes of the shipped tariffs on both sides (TIGIE
 * fracción + NICO, HTSUS), units, a typical unit price and truckload. Prices and loads are orders of
 * magnitude for one truck, not statistics; the share of each good comes from BTS trade by HS chapter.
 */
final class DemoProducts {

    record Product(String description, String mxCode, String mxUnit, String usCode, String usUnit, BigDecimal unitPriceUsd,
                   double typicalQuantity, boolean adCvdTomatoes) {

        String chapter() {
            return usCode.substring(0, 2);
        }
    }

    static final List<Product> NORTHBOUND = List.of(
            new Product("Tomate roma (saladette) fresco", "0702000304", "KGM", "0702002032", "KGM", new BigDecimal("1.20"), 18_000, true),
            new Product("Aguacate Hass", "0804400100", "KGM", "0804400040", "KGM", new BigDecimal("2.50"), 20_000, false),
            new Product("Zarzamoras frescas", "0810100199", "KGM", "0810102040", "KGM", new BigDecimal("3.0"), 15_000, false),
            new Product("Duraznos frescos", "0809300302", "KGM", "0809304010", "KGM", new BigDecimal("2.0"), 16_000, false),
            new Product("Cerveza de malta", "2203000100", "LTR", "2203000030", "LTR", new BigDecimal("1.10"), 20_000, false),
            new Product("Guardafangos para automóvil", "8708290100", "C62", "8708291500", "C62", new BigDecimal("40.0"), 2_000, false),
            new Product("Televisores de pantalla plana", "8528720200", "C62", "8528720800", "C62", new BigDecimal("300.0"), 800, false),
            new Product("Conmutadores de red LAN", "8517621701", "C62", "8517620020", "C62", new BigDecimal("250.0"), 1_500, false),
            new Product("Computadoras portátiles", "8471300199", "C62", "8471300100", "C62", new BigDecimal("500.0"), 1_000, false),
            new Product("Pistones de aluminio", "8409910500", "KGM", "8409911040", "KGM", new BigDecimal("9.0"), 8_000, false),
            new Product("Lámina de acero laminada en caliente", "7208390199", "KGM", "7208390025", "KGM", new BigDecimal("0.80"), 25_000, false),
            new Product("Lingotes de aluminio", "7601100299", "KGM", "7601106040", "KGM", new BigDecimal("2.6"), 22_000, false));

    /** Southbound: US exports to Mexico (EEI with the HTSUS number, Mexican import pedimento). */
    static final List<Product> SOUTHBOUND = List.of(
            new Product("Partes de carrocería (guardafangos)", "8708290100", "C62", "8708291500", "C62", new BigDecimal("35.0"), 2_500, false),
            new Product("Computadoras portátiles", "8471300199", "C62", "8471300100", "C62", new BigDecimal("480.0"), 1_000, false),
            new Product("Conmutadores de red LAN", "8517621701", "C62", "8517620020", "C62", new BigDecimal("240.0"), 1_500, false),
            new Product("Pistones de aluminio", "8409910500", "KGM", "8409911040", "KGM", new BigDecimal("8.5"), 8_000, false),
            new Product("Lámina de acero laminada en caliente", "7208390199", "KGM", "7208390025", "KGM", new BigDecimal("0.75"), 25_000, false),
            new Product("Lingotes de aluminio", "7601100299", "KGM", "7601106040", "KGM", new BigDecimal("2.5"), 22_000, false),
            // fuel by tank truck (auto-tanque, ~36,000 L); the US export (EEI) states what the tank holds
            new Product("Diésel ultra bajo azufre a granel", "2710199903", "LTR", "2710191102", "LTR", new BigDecimal("0.75"), 36_000, false),
            new Product("Diésel automotriz UBA en auto-tanque", "2710199903", "LTR", "2710191102", "LTR", new BigDecimal("0.76"), 36_000, false),
            new Product("Aceite básico lubricante SN-150 a granel", "2710199901", "LTR", "2710194590", "LTR", new BigDecimal("1.15"), 30_000, false),
            // DEMO misclassified tank trucks (huachicol fiscal, BRIEF §11.4): diesel or gasoline under a non-fuel fracción
            // at a fuel's price; the compliance module's detector flags them after filing
            new Product("Aceite básico lubricante a granel", "2710199901", "LTR", "2710191102", "LTR", new BigDecimal("0.74"), 36_000, false),
            new Product("Aditivo para aceites minerales a granel", "3811219900", "LTR", "2710191102", "LTR", new BigDecimal("0.77"), 35_000, false),
            new Product("Xileno grado industrial", "2902440100", "LTR", "2710121519", "LTR", new BigDecimal("0.68"), 34_000, false));

    private DemoProducts() {
    }
}
