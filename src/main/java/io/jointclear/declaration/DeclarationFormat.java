package io.jointclear.declaration;

import io.jointclear.shared.Authority;
import java.util.Locale;
import java.util.Set;

/**
 * The file formats a declaration is read from and written to (docs/formats.md): the Mexican pedimento
 * validation file (archivo M, SAAI M3 / VOCE records), the US ABI entry summary (CATAIR), UN/EDIFACT
 * CUSDEC and WCO Data Model JSON. All go through one mapping of the declaration's fields.
 */
public enum DeclarationFormat {
    M3("text/plain;charset=UTF-8", "txt", true, Set.of(Authority.MX)),
    CATAIR("text/plain;charset=UTF-8", "abi", true, Set.of(Authority.US)),
    CUSDEC("application/EDIFACT", "edi", true, Set.of(Authority.MX, Authority.US)),
    WCO("application/json", "json", false, Set.of(Authority.MX, Authority.US));

    /** Problem code of a format name the platform does not know. */
    public static final String UNKNOWN_FORMAT = "UNKNOWN_FORMAT";

    private final String mediaType;
    private final String extension;
    private final boolean importable;
    private final Set<Authority> authorities;

    DeclarationFormat(String mediaType, String extension, boolean importable, Set<Authority> authorities) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.importable = importable;
        this.authorities = authorities;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Whether files of this format are taken by the import (WCO JSON is written only). */
    public boolean importable() {
        return importable;
    }

    /** The authorities whose declarations the format carries (the archivo M is Mexican, CATAIR is CBP's). */
    public boolean carries(Authority authority) {
        return authorities.contains(authority);
    }

    /** The format of a name, case ignored; null when unknown. */
    public static DeclarationFormat of(String name) {
        if (name == null) {
            return null;
        }
        for (DeclarationFormat f : values()) {
            if (f.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }
}
