/**
 * Reference data shipped with the platform: HS 2022, HTSUS, TIGIE with IGI/IGE rates, countries,
 * currencies, Mexican aduanas, US ports and land-port pairs, UN/LOCODE and USD/MXN exchange rates.
 * Loaded at start-up (only when a shipped file changed) and by admin imports; read through
 * {@link io.jointclear.reference.TariffCatalogue} and {@link io.jointclear.reference.ExchangeRates}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data")
package io.jointclear.reference;
