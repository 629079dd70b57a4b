/**
 * Tariff measures as effective-dated data and the assessment engine for both countries: the Mexican
 * cuadro de liquidación (IGI, DTA, CC, IEPS, IVA, PRV) and the US entry summary (duty, chapter-99
 * surcharges, AD/CVD, MPF). Other modules call {@link io.jointclear.tariff.Assessments}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tariff and assessment",
        allowedDependencies = {"reference", "audit", "shared"})
package io.jointclear.tariff;
