package io.jointclear.declaration.formats;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.DeclarationFiles.Rejection;
import io.jointclear.declaration.DeclarationFormat;
import io.jointclear.shared.FieldViolation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: write a document in a format and read it back, with what the reader reported. */
final class FormatFiles {

    private FormatFiles() {
    }

    static Codec codec(DeclarationFormat format) {
        return switch (format) {
            case M3 -> new M3Codec();
            case CATAIR -> new CatairCodec();
            case CUSDEC -> new CusdecCodec();
            case WCO -> new WcoCodec();
        };
    }

    static String write(DeclarationFormat format, DeclarationDocument... documents) {
        List<ElementValues> values = new ArrayList<>();
        for (DeclarationDocument d : documents) {
            values.add(ElementValues.of(d));
        }
        return codec(format).write(values);
    }

    /** What a file read gave: the declarations (as documents), their own problems and the file's. */
    record Result(List<DeclarationDocument> documents, List<Codec.ParsedDeclaration> parsed, List<Rejection> fileProblems,
                  List<FieldViolation> valueProblems) {

        List<String> fileCodes() {
            return fileProblems.stream().map(Rejection::code).toList();
        }

        List<String> declarationCodes() {
            return parsed.stream().flatMap(p -> p.problems().stream()).map(Rejection::code).toList();
        }
    }

    static Result read(DeclarationFormat format, String file) {
        List<Codec.ParsedDeclaration> parsed = new ArrayList<>();
        List<Rejection> problems = new ArrayList<>();
        try {
            codec(format).read(new StringReader(file), new Codec.Sink() {
                @Override
                public void declaration(Codec.ParsedDeclaration declaration) {
                    parsed.add(declaration);
                }

                @Override
                public void problem(Rejection problem) {
                    problems.add(problem);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<FieldViolation> valueProblems = new ArrayList<>();
        List<DeclarationDocument> documents = parsed.stream().map(p -> p.values().toDocument(valueProblems)).toList();
        return new Result(documents, parsed, problems, valueProblems);
    }
}
