package io.jointclear.courier.domain;

/** Which way a courier manifest crosses: into Mexico (simplified procedure) or into the United States. */
public enum Direction {
    /** Into Mexico: pedimento clave T1, global rates of RGCE rule 3.7.35. */
    SOUTHBOUND,
    /** Into the United States: an entry per consignment (informal 11 / formal 01) after 2025-08-29. */
    NORTHBOUND
}
