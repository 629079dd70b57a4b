package io.jointclear.enforcement.web;

import io.jointclear.enforcement.cases.CaseDocument;
import io.jointclear.enforcement.cases.CaseOrigin;
import io.jointclear.enforcement.cases.Jurisdiction;
import io.jointclear.enforcement.cases.CaseMeasureKind;
import io.jointclear.enforcement.cases.Procedure;
import io.jointclear.enforcement.cases.StepKind;
import io.jointclear.enforcement.liability.FineChoice;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Request bodies of the case API and their checks (every problem at once, as field violations). */
final class CaseBodies {

    static final String INVALID_CASE_REQUEST = "INVALID_CASE_REQUEST";
    private static final Set<String> ROLES = Set.of("IMPORTER", "AGENT", "CARRIER", "DRIVER", "SUPPLIER", "TRUCK");
    private static final Pattern CODE = Pattern.compile("\\d{8,10}");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    private static final BigDecimal MAX_RATE = new BigDecimal("1000");
    private static final int MAX_TEXT = 2000;
    private static final int MAX_LINES = 200;

    private CaseBodies() {
    }

    record OpenCase(Jurisdiction jurisdiction, Procedure procedure, CaseOrigin origin, LocalDate openedOn, String port, UUID crossingId,
                    String counterpartReference, String summary, List<CaseDocument.Subject> subjects,
                    List<CaseDocument.Goods> goods) {
    }

    record StepBody(StepKind step, LocalDate on, String note) {
    }

    record MeasureBody(CaseMeasureKind kind, LocalDate on, String place, String note, BigDecimal guarantee) {
    }

    record NoteBody(String text) {
    }

    record LiabilityBody(LocalDate asOf, List<FineChoice> fines, BigDecimal domesticValue) {
    }

    static void check(OpenCase body) {
        List<FieldViolation> v = new ArrayList<>();
        required(v, "jurisdiction", body.jurisdiction());
        required(v, "procedure", body.procedure());
        if (body.origin() == CaseOrigin.INSPECTION || body.origin() == CaseOrigin.DETECTION) {
            v.add(new FieldViolation("origin", "INVALID_VALUE", "cases from inspections and detections open themselves; origin is ANALYST or COUNTERPART"));
        }
        if (body.origin() == CaseOrigin.COUNTERPART && blank(body.counterpartReference())) {
            v.add(new FieldViolation("counterpartReference", "REQUIRED", "a counterpart's report names its case number"));
        }
        if (body.procedure() != null && body.jurisdiction() != null
                && body.procedure().mexican() == (body.jurisdiction() == Jurisdiction.US)) {
            v.add(new FieldViolation("procedure", "INVALID_VALUE", body.procedure() + " is not a procedure of jurisdiction " + body.jurisdiction()));
        }
        text(v, "summary", body.summary());
        text(v, "port", body.port());
        text(v, "counterpartReference", body.counterpartReference());
        List<CaseDocument.Subject> subjects = body.subjects() == null ? List.of() : body.subjects();
        if (subjects.size() > MAX_LINES) {
            v.add(new FieldViolation("subjects", "TOO_MANY_ENTRIES", "at most " + MAX_LINES + " subjects"));
        }
        for (int i = 0; i < Math.min(subjects.size(), MAX_LINES); i++) {
            subject(v, "subjects[" + i + "].", subjects.get(i));
        }
        List<CaseDocument.Goods> goods = body.goods() == null ? List.of() : body.goods();
        if (goods.size() > MAX_LINES) {
            v.add(new FieldViolation("goods", "TOO_MANY_ENTRIES", "at most " + MAX_LINES + " goods lines"));
        }
        for (int i = 0; i < Math.min(goods.size(), MAX_LINES); i++) {
            goods(v, "goods[" + i + "].", goods.get(i));
        }
        raise(v);
    }

    static void subject(List<FieldViolation> v, String p, CaseDocument.Subject s) {
        if (s == null) {
            v.add(new FieldViolation(p.substring(0, p.length() - 1), "REQUIRED", "subject must not be null"));
            return;
        }
        if (s.role() == null || !ROLES.contains(s.role())) {
            v.add(new FieldViolation(p + "role", "INVALID_VALUE", "role is one of " + ROLES));
        }
        if (blank(s.key()) || s.key().length() > 100) {
            v.add(new FieldViolation(p + "key", "REQUIRED", "the natural key (RFC, patente, SCAC, FAST id, plate …), 1–100 characters"));
        }
        text(v, p + "name", s.name());
    }

    static void goods(List<FieldViolation> v, String p, CaseDocument.Goods g) {
        if (g == null) {
            v.add(new FieldViolation(p.substring(0, p.length() - 1), "REQUIRED", "goods line must not be null"));
            return;
        }
        code(v, p + "declaredCode", g.declaredCode());
        code(v, p + "foundCode", g.foundCode());
        positive(v, p + "quantity", g.quantity(), MAX_AMOUNT);
        positive(v, p + "value", g.value(), MAX_AMOUNT);
        positive(v, p + "exchangeRate", g.exchangeRate(), MAX_RATE);
        if (g.currency() != null && !Set.of("USD", "MXN").contains(g.currency())) {
            v.add(new FieldViolation(p + "currency", "UNSUPPORTED_CURRENCY", "currency is USD or MXN"));
        }
        if (g.unit() != null && !g.unit().matches("[A-Z0-9]{2,3}")) {
            v.add(new FieldViolation(p + "unit", "UNKNOWN_UNIT", "a UN/ECE Rec 20 unit code (LTR, KGM, C62 …)"));
        }
        if (g.origin() != null && !g.origin().matches("[A-Z]{2}")) {
            v.add(new FieldViolation(p + "origin", "UNKNOWN_COUNTRY", "an ISO 3166 alpha-2 country"));
        }
        if (g.declarationDate() != null && (g.declarationDate().getYear() < 2000 || g.declarationDate().getYear() > 2100)) {
            v.add(new FieldViolation(p + "declarationDate", "IMPLAUSIBLE_DATE", "a declaration date between 2000 and 2100"));
        }
        text(v, p + "description", g.description());
        text(v, p + "labResult", g.labResult());
        text(v, p + "partNumber", g.partNumber());
        text(v, p + "declarationNumber", g.declarationNumber());
    }

    static void check(LiabilityBody body) {
        List<FieldViolation> v = new ArrayList<>();
        List<FineChoice> fines = body.fines() == null ? List.of() : body.fines();
        if (fines.size() > 10) {
            v.add(new FieldViolation("fines", "TOO_MANY_ENTRIES", "at most 10 fines"));
        }
        for (int i = 0; i < fines.size(); i++) {
            FineChoice f = fines.get(i);
            if (f == null || blank(f.article()) && blank(f.culpability())) {
                v.add(new FieldViolation("fines[" + i + "]", "REQUIRED", "a fine names its article (MX) or culpability (US)"));
            } else {
                positive(v, "fines[" + i + "].percent", f.percent(), MAX_RATE);
                positive(v, "fines[" + i + "].amount", f.amount(), MAX_AMOUNT);
            }
        }
        positive(v, "domesticValue", body.domesticValue(), MAX_AMOUNT);
        raise(v);
    }

    static void raise(List<FieldViolation> v) {
        if (!v.isEmpty()) {
            throw new ProblemException(422, INVALID_CASE_REQUEST, "Invalid request", v.size() + " field(s) to correct", v);
        }
    }

    static void required(List<FieldViolation> v, String field, Object value) {
        if (value == null) {
            v.add(new FieldViolation(field, "REQUIRED", field + " is required"));
        }
    }

    static void text(List<FieldViolation> v, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            v.add(new FieldViolation(field, "TOO_LONG", "at most " + MAX_TEXT + " characters"));
        }
    }

    private static void code(List<FieldViolation> v, String field, String value) {
        if (value != null && !CODE.matcher(value).matches()) {
            v.add(new FieldViolation(field, "MALFORMED_TARIFF_CODE", "8 or 10 digits (fracción + NICO, HTS number)"));
        }
    }

    private static void positive(List<FieldViolation> v, String field, BigDecimal value, BigDecimal max) {
        if (value != null && (value.signum() <= 0 || value.compareTo(max) >= 0 || value.scale() > 6)) {
            v.add(new FieldViolation(field, "OUT_OF_RANGE", "greater than 0 and less than " + max.toPlainString() + ", at most 6 decimals"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
