package io.jointclear.declaration.formats;

import io.jointclear.declaration.DeclarationDocument;
import io.jointclear.declaration.DeclarationFiles;
import io.jointclear.declaration.DeclarationFormat;
import io.jointclear.declaration.persistence.ImportedDeclarationRepository;
import io.jointclear.declaration.validation.DeclarationValidator;
import io.jointclear.shared.Actor;
import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Export and import of declaration files. An import reads the whole file first (streamed, one
 * declaration at a time) and writes only at the end, in one transaction: a file whose structure is
 * broken writes nothing; otherwise each declaration is stored whole or not at all.
 */
@Service
class DeclarationFileService implements DeclarationFiles {

    static final String FILER_NOT_AUTHORISED = "FILER_NOT_AUTHORISED";
    static final String DUPLICATE = "DUPLICATE_DECLARATION_NUMBER";

    private final Map<DeclarationFormat, Codec> codecs = new EnumMap<>(DeclarationFormat.class);
    private final DeclarationValidator validator;
    private final ImportedDeclarationRepository imported;
    private final TransactionTemplate transactions;

    DeclarationFileService(DeclarationValidator validator, ImportedDeclarationRepository imported,
                           PlatformTransactionManager transactions) {
        this.validator = validator;
        this.imported = imported;
        this.transactions = new TransactionTemplate(transactions);
        codecs.put(DeclarationFormat.M3, new M3Codec());
        codecs.put(DeclarationFormat.CATAIR, new CatairCodec());
        codecs.put(DeclarationFormat.CUSDEC, new CusdecCodec());
        codecs.put(DeclarationFormat.WCO, new WcoCodec());
    }

    @Override
    public String export(DeclarationDocument document, DeclarationFormat format) {
        requireCarries(document, format);
        return codecs.get(format).write(List.of(ElementValues.of(document)));
    }

    private static void requireCarries(DeclarationDocument document, DeclarationFormat format) {
        if (document.authority() == null || !format.carries(document.authority())) {
            String message = "A " + format + " file does not carry " + document.authority() + " declarations";
            throw new ProblemException(422, "FORMAT_NOT_FOR_AUTHORITY", "Format not for this authority", message,
                    List.of(new FieldViolation("format", "FORMAT_NOT_FOR_AUTHORITY", message)));
        }
    }

    @Override
    public String exportImported(Authority authority, String number, DeclarationFormat format, Actor actor) {
        requireBroker(actor);
        DeclarationDocument document = imported.find(authority, number, actor.agency().id())
                .orElseThrow(() -> new ProblemException(404, "DECLARATION_NOT_FOUND", "Declaration not found",
                        "Agency '" + actor.agency().id() + "' has no imported " + authority + " declaration " + number));
        requireCarries(document, format);
        // only the archivo M writes the carried records; the other formats read the declaration's elements
        List<String> carried = imported.carried(authority, number, actor.agency().id());
        return codecs.get(format).write(List.of(ElementValues.of(document, carried)));
    }

    private static void requireBroker(Actor actor) {
        if (!actor.hasRole(Actor.Roles.BROKER) || actor.agency() == null) {
            throw new ProblemException(403, "FORBIDDEN", "Forbidden", "Only a broker of an agency imports declaration files");
        }
    }

    /** The declarations of a file as the codec reads them, with the file's structural problems. */
    record Read(List<Codec.ParsedDeclaration> declarations, List<Rejection> problems) {
    }

    Read read(Reader body, DeclarationFormat format) {
        List<Codec.ParsedDeclaration> declarations = new ArrayList<>();
        List<Rejection> problems = new ArrayList<>();
        try {
            codecs.get(format).read(body, new Codec.Sink() {
                @Override
                public void declaration(Codec.ParsedDeclaration declaration) {
                    declarations.add(declaration);
                }

                @Override
                public void problem(Rejection problem) {
                    problems.add(problem);
                }
            });
        } catch (CharacterCodingException e) {
            throw new ProblemException(400, "MALFORMED_ENCODING", "Malformed request body", "The file is not UTF-8 text",
                    List.of(new FieldViolation("$", "MALFORMED_ENCODING", "the file must be UTF-8 text")));
        } catch (IOException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (Edifact.NUL.equals(e.getMessage())) {
                throw new ProblemException(400, "NUL_CHARACTER", "Malformed request body", e.getMessage(),
                        List.of(new FieldViolation("$", "NUL_CHARACTER", e.getMessage())));
            }
            if (e.getMessage() != null && e.getMessage().startsWith("a segment longer")) {
                throw new ProblemException(400, "SEGMENT_TOO_LONG", "Malformed file", e.getMessage(),
                        List.of(new FieldViolation("$", "SEGMENT_TOO_LONG", e.getMessage())));
            }
            throw new UncheckedIOException(e);
        }
        return new Read(declarations, problems);
    }

    @Override
    public ImportResult importFile(Reader body, DeclarationFormat format, Actor actor) {
        requireBroker(actor);
        if (!format.importable()) {
            throw new ProblemException(400, "FORMAT_NOT_IMPORTABLE", "Format not importable", format + " files are written, not read",
                    List.of(new FieldViolation("format", "FORMAT_NOT_IMPORTABLE", "M3, CATAIR or CUSDEC")));
        }
        Read read = read(body, format);
        if (!read.problems().isEmpty()) {
            List<Rejection> all = new ArrayList<>(read.problems());
            all.sort(java.util.Comparator.comparingInt(Rejection::record));
            return new ImportResult(0, List.of(), all, responseFile(format, List.of(), all));
        }
        List<DeclarationDocument> documents = new ArrayList<>();
        List<Codec.ParsedDeclaration> sources = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        List<FieldViolation> foreign = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Codec.ParsedDeclaration p : read.declarations()) {
            List<FieldViolation> violations = new ArrayList<>();
            DeclarationDocument d = p.values().toDocument(violations);
            String licence = d.authority() == null ? null : d.filerOfRecord();
            if (licence != null && !actor.isFilerOf(d.authority(), licence)) {
                foreign.add(new FieldViolation("record " + p.record(), FILER_NOT_AUTHORISED, "The declaration " + d.number()
                        + " is filed under " + licence + ", which is not a licence of agency '" + actor.agency().id() + "'"));
                continue;
            }
            List<Rejection> errors = judge(p, d, violations, format, seen);
            if (errors.isEmpty()) {
                documents.add(d);
                sources.add(p);
            } else {
                rejected.addAll(errors);
            }
        }
        if (!foreign.isEmpty()) {
            throw new ProblemException(403, FILER_NOT_AUTHORISED, "Filer not authorised",
                    foreign.size() + " declaration(s) of the file are not filed under a licence of agency '"
                            + actor.agency().id() + "'; nothing was stored", foreign);
        }
        return store(format, actor, documents, sources, rejected);
    }

    /**
     * Every reason the declaration cannot be stored: what the reader found, the format's authority, the
     * JSON API's validation, a missing number, a number repeated in the file. Empty when it is stored.
     */
    private List<Rejection> judge(Codec.ParsedDeclaration p, DeclarationDocument d, List<FieldViolation> violations,
                                  DeclarationFormat format, Set<String> seen) {
        List<Rejection> errors = new ArrayList<>(p.problems());
        if (d.authority() != null && !format.carries(d.authority())) {
            errors.add(new Rejection(p.record(), "authority", "FORMAT_NOT_FOR_AUTHORITY",
                    "A " + format + " file does not carry " + d.authority() + " declarations"));
        }
        violations.addAll(validator.check(d, ""));
        if (d.number() == null || d.number().isBlank()) {
            violations.add(new FieldViolation("number", "REQUIRED_FIELD", "The declaration number is required to register it"));
        } else if (violations.isEmpty() && errors.isEmpty() && !seen.add(d.authority() + ":" + d.number())) {
            violations.add(new FieldViolation("number", DUPLICATE, "The number " + d.number() + " appears earlier in this file"));
        }
        violations.forEach(v -> errors.add(new Rejection(p.recordOf(v.field()), v.field(), v.code(), v.message())));
        return errors;
    }

    private ImportResult store(DeclarationFormat format, Actor actor, List<DeclarationDocument> documents,
                               List<Codec.ParsedDeclaration> sources, List<Rejection> rejected) {
        Set<String> stored = transactions.execute(status -> imported.insertAll(documents,
                sources.stream().map(p -> p.values().carriedText()).toList(), actor.agency().id(), format.name(), actor.username()));
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            DeclarationDocument d = documents.get(i);
            if (stored.contains(d.authority().name() + ":" + d.number())) {
                numbers.add(d.number());
            } else {
                rejected.add(new Rejection(sources.get(i).record(), "number", DUPLICATE,
                        (d.authority() == Authority.MX ? "Pedimento " : "Entry ") + d.number() + " is already registered"));
            }
        }
        rejected.sort(java.util.Comparator.comparingInt(Rejection::record));
        return new ImportResult(numbers.size(), numbers, rejected, responseFile(format, numbers, rejected));
    }

    /**
     * A SAAI-style answer for the archivo M: one line per accepted pedimento ({@code A|number}) and one
     * per error ({@code E|record|field|code|message}). The prevalidator's {@code .err} layout is not
     * public (FORMATS.md §1.7), so this is the platform's own, documented in docs/formats.md.
     */
    private static String responseFile(DeclarationFormat format, List<String> accepted, List<Rejection> rejected) {
        if (format != DeclarationFormat.M3) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        accepted.forEach(n -> out.append("A|").append(n).append('\n'));
        for (Rejection r : rejected) {
            out.append("E|").append(r.record()).append('|').append(r.field()).append('|').append(r.code()).append('|')
                    .append(r.message().replace('|', '/').replace('\n', ' ')).append('\n');
        }
        return out.toString();
    }
}
