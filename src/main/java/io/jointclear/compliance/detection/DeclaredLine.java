package io.jointclear.compliance.detection;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One declared line of chapters 27, 29, 34 or 38 as the detector reads it: what was declared and the
 * facts around it. Lab figures, padrón status and transport may be unknown (null).
 *
 * @param id             the declaration (and line) it comes from
 * @param declaredCode   10-digit TIGIE fracción + NICO as declared
 * @param unit           LTR or KGM
 * @param valueUsd       declared value of the line in USD
 * @param densityKgL     lab density at 15 °C, kg/L
 * @param distill90C     ASTM D86 temperature at which 90 % by volume has distilled, °C
 * @param sulfurPpm      sulfur content, mg/kg
 * @param importerSector13 whether the importer is in the Padrón de Sectores Específicos, sector 13
 * @param customsOffice  aduana (2 digits) or aduana-sección (3 digits)
 */
public record DeclaredLine(String id, LocalDate date, String description, String declaredCode, BigDecimal quantity,
                           String unit, BigDecimal valueUsd, String origin, BigDecimal densityKgL,
                           BigDecimal distill90C, BigDecimal sulfurPpm, Boolean importerSector13, Transport transport,
                           String customsOffice) {

    /** Chapters the detector covers (BRIEF §11.4: where fuel hides). */
    public static boolean inScope(String tariffCode) {
        if (tariffCode == null || tariffCode.length() < 2) {
            return false;
        }
        String chapter = tariffCode.substring(0, 2);
        return chapter.equals("27") || chapter.equals("29") || chapter.equals("34") || chapter.equals("38");
    }

    public String heading() {
        return declaredCode.substring(0, 4);
    }

    public boolean hasLab() {
        return densityKgL != null || distill90C != null || sulfurPpm != null;
    }

    /** Litres: as declared, or kilograms over the lab density, or over the family's typical density. */
    public BigDecimal litres(FuelFamily family) {
        if ("LTR".equals(unit)) {
            return quantity;
        }
        BigDecimal density = densityKgL != null && densityKgL.signum() > 0 ? densityKgL : family.typicalDensity();
        return quantity.divide(density, 3, java.math.RoundingMode.HALF_UP);
    }

    /** Declared value per litre in USD, null when it cannot be told. */
    public Double usdPerLitre(FuelFamily assumed) {
        BigDecimal l = litres(assumed);
        if (l == null || l.signum() <= 0 || valueUsd == null) {
            return null;
        }
        return valueUsd.doubleValue() / l.doubleValue();
    }
}
