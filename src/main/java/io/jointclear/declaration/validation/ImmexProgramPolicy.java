package io.jointclear.declaration.validation;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.DeclarationDocument.Identifier;
import io.jointclear.shared.FieldViolation;
import java.util.List;
import java.util.Optional;

/**
 * IMMEX claves (IN, AF, RT, F4, F5) move goods in or out of an IMMEX program, so the pedimento names
 * the program: {@code immexProgram} or identifier IM with the program number as complement; when both
 * are given they agree.
 */
final class ImmexProgramPolicy implements DeclarationPolicy {

    @Override
    public Layer layer() {
        return Layer.NORMATIVE;
    }

    @Override
    public List<FieldViolation> check(Filing filing) {
        DeclarationDocument d = filing.document();
        Violations v = new Violations();
        if (!filing.isMexican() || d.type() == null || !Catalogues.IMMEX_CLAVES.contains(d.type())) {
            return v.list();
        }
        Optional<String> fromIdentifier = d.identifiers().stream()
                .filter(i -> "IM".equals(i.code())).map(Identifier::complement)
                .filter(c -> c != null && !c.isBlank()).findFirst();
        boolean declared = d.immexProgram() != null && !d.immexProgram().isBlank();
        if (!declared && fromIdentifier.isEmpty()) {
            v.add("immexProgram", "IMMEX_PROGRAM_REQUIRED", "Clave " + d.type()
                    + " is an IMMEX operation: declare the program number (immexProgram or identifier IM)");
        } else if (declared && fromIdentifier.isPresent() && !fromIdentifier.get().equals(d.immexProgram())) {
            v.add("immexProgram", "IMMEX_PROGRAM_MISMATCH", "immexProgram " + d.immexProgram()
                    + " differs from identifier IM " + fromIdentifier.get());
        }
        return v.list();
    }
}
