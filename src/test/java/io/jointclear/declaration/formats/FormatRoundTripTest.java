package io.jointclear.declaration.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.jointclear.declaration.Contracts;
import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.DeclarationFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.node.ObjectNode;

/** import(export(d)) == d for every contract document in every format that carries it. */
class FormatRoundTripTest {

    /** The contract's declarations; the assessment examples get the number and filer a stored declaration has. */
    static List<DeclarationDocument> contractDocuments() {
        ObjectNode diesel = Contracts.mxImportTree();
        diesel.put("number", "262434566000042");
        diesel.put("filer", "3456");
        ObjectNode tshirts = Contracts.usTshirtsTree();
        tshirts.put("number", "31600042738");
        tshirts.put("filer", "316");
        return List.of(Contracts.document(Contracts.mxExportTree()), Contracts.document(Contracts.usEntryTree()),
                Contracts.document(diesel), Contracts.document(tshirts));
    }

    @ParameterizedTest
    @EnumSource(DeclarationFormat.class)
    void everyContractDocumentReadsBackUnchanged(DeclarationFormat format) {
        for (DeclarationDocument d : contractDocuments()) {
            if (!format.carries(d.authority())) {
                continue;
            }
            String file = FormatFiles.write(format, d);
            FormatFiles.Result back = FormatFiles.read(format, file);
            assertThat(back.fileProblems()).as(file).isEmpty();
            assertThat(back.declarationCodes()).as(file).isEmpty();
            assertThat(back.valueProblems()).isEmpty();
            assertThat(back.documents()).as(file).containsExactly(d);
        }
    }

    @ParameterizedTest
    @EnumSource(value = DeclarationFormat.class, names = {"M3", "CATAIR", "CUSDEC"})
    void aFileOfManyDeclarationsReadsBackInOrder(DeclarationFormat format) {
        List<DeclarationDocument> docs = contractDocuments().stream().filter(d -> format.carries(d.authority())).toList();
        String file = FormatFiles.write(format, docs.toArray(DeclarationDocument[]::new));
        FormatFiles.Result back = FormatFiles.read(format, file);
        assertThat(back.fileProblems()).isEmpty();
        assertThat(back.documents()).containsExactlyElementsOf(docs);
    }
}
