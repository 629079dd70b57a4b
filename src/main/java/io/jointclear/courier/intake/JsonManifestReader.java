package io.jointclear.courier.intake;

import java.io.InputStream;
import java.math.BigDecimal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON manifest token by token from the request stream: the body is never held as a whole,
 * only the consignments as they are read. Wrong types, unknown fields and over-long texts become
 * errors of their consignment, so that every error is reported at once; broken JSON is refused whole.
 */
public final class JsonManifestReader {

    private final JsonMapper json;

    public JsonManifestReader(JsonMapper json) {
        this.json = json;
    }

    /**
     * @throws MalformedManifest when the body is not a JSON object of the expected shape
     * @throws ManifestTooLarge  past {@link RawManifest#MAX_CONSIGNMENTS} consignments
     */
    public RawManifest read(InputStream body) {
        RawManifest manifest = new RawManifest();
        try (JsonParser p = json.createParser(body)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, "a JSON object");
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "direction" -> manifest.direction = text(p, name, manifest.errors);
                    case "customsOffice" -> manifest.customsOffice = text(p, name, manifest.errors);
                    case "date" -> manifest.date = text(p, name, manifest.errors);
                    case "crossingId" -> manifest.crossingId = text(p, name, manifest.errors);
                    case "consignments" -> consignments(p, value, manifest);
                    default -> {
                        manifest.errors.add(FieldError.of(name, Codes.UNKNOWN_FIELD));
                        p.skipChildren();
                    }
                }
            }
            expect(p.currentToken(), JsonToken.END_OBJECT, "the end of the manifest object");
            if (p.nextToken() != null) {
                throw new MalformedManifest("content after the manifest object");
            }
        } catch (JacksonException e) {
            throw new MalformedManifest(e.getOriginalMessage());
        }
        return manifest;
    }

    private void consignments(JsonParser p, JsonToken start, RawManifest manifest) {
        if (start == JsonToken.VALUE_NULL) {
            return;
        }
        expect(start, JsonToken.START_ARRAY, "consignments as an array");
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (manifest.consignments.size() == RawManifest.MAX_CONSIGNMENTS) {
                throw new ManifestTooLarge();
            }
            RawConsignment c = new RawConsignment();
            manifest.consignments.add(c);
            if (t != JsonToken.START_OBJECT) {
                c.readErrors.add(FieldError.of("$", Codes.WRONG_TYPE, "object"));
                p.skipChildren();
                continue;
            }
            consignment(p, c);
        }
    }

    private void consignment(JsonParser p, RawConsignment c) {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "guide" -> c.guide = text(p, name, c.readErrors);
                case "consignee" -> party(p, name, c, true);
                case "shipper" -> party(p, name, c, false);
                case "origin" -> c.origin = text(p, name, c.readErrors);
                case "description" -> c.description = text(p, name, c.readErrors);
                case "quantity" -> c.quantity = number(p, name, c.readErrors);
                case "weightKg" -> c.weightKg = number(p, name, c.readErrors);
                case "value" -> c.value = number(p, name, c.readErrors);
                case "currency" -> c.currency = text(p, name, c.readErrors);
                case "hsCode" -> c.hsCode = text(p, name, c.readErrors);
                case "rrna" -> c.rrna = bool(p, name, c.readErrors);
                default -> {
                    c.readErrors.add(FieldError.of(name, Codes.UNKNOWN_FIELD));
                    p.skipChildren();
                }
            }
        }
    }

    private void party(JsonParser p, String prefix, RawConsignment c, boolean consignee) {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            c.readErrors.add(FieldError.of(prefix, Codes.WRONG_TYPE, "object"));
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            String field = prefix + "." + name;
            p.nextToken();
            switch (consignee ? "c." + name : "s." + name) {
                case "c.name" -> c.consigneeName = text(p, field, c.readErrors);
                case "c.rfc" -> c.consigneeRfc = text(p, field, c.readErrors);
                case "c.address" -> c.consigneeAddress = text(p, field, c.readErrors);
                case "c.phone" -> c.consigneePhone = text(p, field, c.readErrors);
                case "s.name" -> c.shipperName = text(p, field, c.readErrors);
                case "s.address" -> c.shipperAddress = text(p, field, c.readErrors);
                default -> {
                    c.readErrors.add(FieldError.of(field, Codes.UNKNOWN_FIELD));
                    p.skipChildren();
                }
            }
        }
    }

    private static String text(JsonParser p, String field, java.util.List<FieldError> errors) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            errors.add(FieldError.of(field, Codes.WRONG_TYPE, "string"));
            p.skipChildren();
            return null;
        }
        String s = p.getString();
        if (s.length() > RawManifest.MAX_TEXT) {
            errors.add(FieldError.of(field, Codes.TOO_LONG, RawManifest.MAX_TEXT));
            return null;
        }
        return s;
    }

    private static BigDecimal number(JsonParser p, String field, java.util.List<FieldError> errors) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            errors.add(FieldError.of(field, Codes.WRONG_TYPE, "number"));
            p.skipChildren();
            return null;
        }
        return p.getDecimalValue();
    }

    private static boolean bool(JsonParser p, String field, java.util.List<FieldError> errors) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        if (t != JsonToken.VALUE_NULL) {
            errors.add(FieldError.of(field, Codes.WRONG_TYPE, "boolean"));
            p.skipChildren();
        }
        return false;
    }

    private static void expect(JsonToken actual, JsonToken expected, String what) {
        if (actual != expected) {
            throw new MalformedManifest("expected " + what);
        }
    }
}
