package io.jointclear.platform.security;

import java.time.LocalDate;

/**
 * One entry of {@code jointclear.security.couriers}: a courier company (empresa de mensajería y
 * paquetería) with its rule 3.7.3 registration number and the last day that registration is valid;
 * courier users name it by {@code id} ({@code users[n].courier}).
 */
record ConfiguredCourier(String id, String name, String registration, LocalDate registeredUntil) {
}
