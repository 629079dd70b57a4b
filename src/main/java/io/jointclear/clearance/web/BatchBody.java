package io.jointclear.clearance.web;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The items of a batch filing, each with the exact byte range of its crossing in the request: an
 * item's idempotency key protects those bytes, as a single filing's key protects its whole body.
 *
 * <pre>{"crossings": [{"idempotencyKey": "…", "crossing": { …as for POST /api/v1/crossings… }}, …]}</pre>
 */
record BatchBody(List<Item> items) {

    /**
     * One item.
     *
     * @param offset where its crossing object starts in the body; -1 when the item has none
     */
    record Item(String idempotencyKey, int offset, int length) {
    }

    /** Reads the envelope only; the crossings are bound later, one by one, from their byte ranges. */
    static BatchBody read(JsonMapper json, byte[] body) {
        List<Item> items = new ArrayList<>();
        try (JsonParser p = json.createParser(body)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            boolean found = false;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (!"crossings".equals(name)) {
                    throw new UnknownProperty(name);
                }
                expect(value, JsonToken.START_ARRAY);
                found = true;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(item(p, items.size()));
                }
            }
            if (!found) {
                throw new IllegalArgumentException("crossings");
            }
        }
        return new BatchBody(items);
    }

    private static Item item(JsonParser p, int index) {
        expect(p.currentToken(), JsonToken.START_OBJECT);
        String key = null;
        int offset = -1;
        int length = 0;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("idempotencyKey".equals(name) && value == JsonToken.VALUE_STRING) {
                key = p.getString();
            } else if ("crossing".equals(name) && value == JsonToken.START_OBJECT) {
                offset = (int) p.currentTokenLocation().getByteOffset();
                p.skipChildren();
                length = (int) p.currentLocation().getByteOffset() - offset;
            } else if ("idempotencyKey".equals(name) || "crossing".equals(name)) {
                p.skipChildren();
            } else {
                throw new UnknownProperty("crossings[" + index + "]." + name);
            }
        }
        return new Item(key, offset, length);
    }

    /** A member the batch does not have; unknown properties are refused, as everywhere in the API. */
    static final class UnknownProperty extends IllegalArgumentException {
        UnknownProperty(String path) {
            super(path);
        }
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalArgumentException("crossings");
        }
    }
}
