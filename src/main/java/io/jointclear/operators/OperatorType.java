package io.jointclear.operators;

/**
 * The kinds of operator the registry knows, one model for both countries. The natural key of an operator
 * is its type with its {@code code}: the RFC (importer, IMMEX company), the patente (customs agent), the
 * agency id of {@code jointclear.security.agencies} (agency), the filer code (US broker), the SCAC
 * (carrier), the courier id of {@code jointclear.security.couriers} (courier), the authorisation number
 * (warehouse: recinto fiscalizado, RFE, AGD).
 */
public enum OperatorType {
    IMPORTER, CUSTOMS_AGENT, AGENCY, US_BROKER, CARRIER, COURIER, WAREHOUSE, IMMEX
}
