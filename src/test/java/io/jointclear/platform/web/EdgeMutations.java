package io.jointclear.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A seeded generator of bad requests: the contract's request documents (src/test/resources/fuzz) with
 * one or more mutations of their values, their JSON text, their bytes, their headers, their path or
 * their query string, sent as the role that may call the endpoint (sometimes as another or none).
 */
final class EdgeMutations {

    /** One request as raw bytes, with a short description to report it. */
    record Request(String description, byte[] head, byte[] body, boolean headRequest) {
    }

    /** An endpoint with the document it takes. */
    private record Seed(String method, String path, String user, String contentType, String document, boolean json) {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> USERS = List.of("broker", "carrier", "officer-mx", "officer-us", "analyst", "auditor", "admin");

    /** Numbers that have broken a platform before: overflow, expansion, precision, sign. */
    private static final List<String> NUMBERS = List.of("1e999999999", "1e3000000", "1e20", "-1e20", "1e13", "9999999999999.99",
            "1e-400", "-0", "0", "-1", "0.0000000000000000000000000000001", "123456789012345678901234567890123456",
            "1E+2147483647", "1e-2147483648", "2147483648", "-9223372036854775809", "3.4028235e39", "21600.001", "0.5");
    /** Tokens that are not JSON numbers at all. */
    private static final List<String> NOT_NUMBERS = List.of("NaN", "Infinity", "-Infinity", "+1", "01", "1.", ".5", "0x10", "1e", "--1");
    private static final List<String> DATES = List.of("+10000-03-10", "9999-12-31", "0000-01-01", "-0001-01-01", "1899-12-31",
            "2200-01-01", "2026-02-30", "2026-13-01", "2026-03-10T14:30:00Z", "+999999999-12-31", "2026-03-10T25:00:00-06:00",
            "+10000-03-10T14:30:00Z", "1900-01-01", "2199-12-31T23:59:59Z", "2026-03-10T14:30:00+18:00");
    private static final List<String> STRINGS = List.of("", " ", "\u0000", "a\u0000b", "é", "日本語", "😀", "\u202Eevil",
            "\uFEFF", "\r\n", "<script>alert(1)</script>", "' OR 1=1 --", "%ff", "../../etc/passwd", "NORTHBOUND ", "mx", "null");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/x-www-form-urlencoded", "text/csv",
            "application/xml", "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1",
            "application/json; charset=bogus", "application/octet-stream", "*/*", "application/json;;", "garbage", "");
    private static final List<String> QUERIES = List.of("%ff", "%", "%zz", "%00", "a%00b", "%c3%28", "%e2%82", "%ed%a0%80",
            "99999999999", "-1", "abc", "+10000-01-01", "2026-02-30", "NOPE", "%0d%0aX-Injected:1");

    private final Random random;
    private final List<Seed> seeds = new ArrayList<>();
    private final String crossingId;

    EdgeMutations(long seed, String crossingId) {
        this.random = new Random(seed);
        this.crossingId = crossingId;
        String tomatoes = resource("crossing-northbound-tomatoes.json");
        String steel = resource("crossing-southbound-steel.json");
        String arrival = resource("arrival.json");
        String decision = resource("decision.json");
        String c = "/api/v1/crossings/" + crossingId;
        seeds.add(new Seed("POST", "/api/v1/crossings", "broker", "application/json", tomatoes, true));
        seeds.add(new Seed("POST", "/api/v1/crossings", "broker", "application/json", steel, true));
        seeds.add(new Seed("POST", "/api/v1/crossings/batch", "broker", "application/json",
                "{\"crossings\":[{\"idempotencyKey\":\"fuzz-1\",\"crossing\":" + tomatoes + "},{\"idempotencyKey\":\"fuzz-2\",\"crossing\":"
                        + steel + "}]}", true));
        seeds.add(new Seed("PUT", c, "broker", "application/json", tomatoes, true));
        seeds.add(new Seed("POST", c + "/arrival", "carrier", "application/json", arrival, true));
        seeds.add(new Seed("POST", c + "/arrival", "officer-mx", "application/json", arrival, true));
        seeds.add(new Seed("POST", c + "/decisions", "officer-mx", "application/json", decision, true));
        seeds.add(new Seed("POST", "/api/v1/assessments", "broker", "application/json", resource("assessment-mx-diesel-usmca.json"), true));
        seeds.add(new Seed("POST", "/api/v1/assessments", "broker", "application/json", resource("assessment-us-tshirts.json"), true));
        seeds.add(new Seed("PUT", "/api/v1/reference/exchange-rates/USD/MXN", "admin", "text/csv", resource("fix-usd-mxn.csv"), false));
        seeds.add(new Seed("PUT", "/api/v1/reference/tariff/MX/rates", "admin", "text/csv", resource("mx-rates.csv"), false));
        seeds.add(new Seed("POST", "/api/v1/tariff/measures", "admin", "application/json", resource("measure.json"), true));
        seeds.add(new Seed("POST", "/api/v1/risk/rules", "admin", "application/json", resource("risk-rule.json"), true));
        seeds.add(new Seed("POST", c + "/inspection/findings", "officer-mx", "application/json", resource("finding.json"), true));
        seeds.add(new Seed("GET", "/api/v1/crossings?status=FILED&limit=5", "officer-mx", null, null, false));
        seeds.add(new Seed("GET", c, "broker", null, null, false));
        seeds.add(new Seed("GET", "/api/v1/reference/tariff/MX/0702000304?date=2026-03-10", "broker", null, null, false));
        seeds.add(new Seed("GET", "/api/v1/reference/exchange-rates/USD/MXN?date=2026-03-10", "broker", null, null, false));
    }

    Request next() {
        Seed seed = seeds.get(random.nextInt(seeds.size()));
        String method = seed.method();
        String target = seed.path();
        String user = seed.user();
        String contentType = seed.contentType();
        byte[] body = seed.document() == null ? null : seed.document().getBytes(StandardCharsets.UTF_8);
        List<String> what = new ArrayList<>();
        List<byte[]> extraHeaders = new ArrayList<>();
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            int kind = random.nextInt(100);
            if (kind < 45 && seed.json() && body != null) {
                body = mutateJson(body, what);
            } else if (kind < 55 && body != null) {
                body = mutateBytes(body, what);
            } else if (kind < 65) {
                contentType = pick(CONTENT_TYPES);
                what.add("content-type " + contentType);
            } else if (kind < 75) {
                extraHeaders.add(brokenHeader(what));
            } else if (kind < 85) {
                target = mutateQuery(target, what);
            } else if (kind < 90) {
                target = mutatePath(target, what);
            } else if (kind < 94) {
                user = random.nextInt(4) == 0 ? null : pick(USERS);
                what.add("as " + user);
            } else if (kind < 96) {
                method = pick(List.of("DELETE", "PATCH", "PUT", "POST", "GET", "OPTIONS", "HEAD"));
                what.add("method " + method);
            } else if (kind < 97) {
                body = huge(what);
            } else {
                target = target + (target.contains("?") ? "&" : "?") + "x=" + "a".repeat(1 + random.nextInt(20_000));
                what.add("long query");
            }
        }
        if ("GET".equals(method) || "HEAD".equals(method)) {
            body = random.nextInt(10) == 0 ? body : null;
        }
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        write(head, method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n");
        if (user != null) {
            write(head, "Authorization: Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)) + "\r\n");
        }
        if (contentType != null && body != null) {
            write(head, "Content-Type: " + contentType + "\r\n");
        }
        if (random.nextInt(3) == 0) {
            write(head, "Idempotency-Key: fuzz-" + random.nextInt(1_000) + "\r\n");
        }
        for (byte[] header : extraHeaders) {
            head.writeBytes(header);
        }
        if (body != null) {
            write(head, "Content-Length: " + body.length + "\r\n");
        }
        return new Request(method + " " + abbreviate(target) + " as " + user + ": " + String.join("; ", what), head.toByteArray(), body,
                "HEAD".equals(method));
    }

    private byte[] mutateJson(byte[] body, List<String> what) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (RuntimeException alreadyBroken) {
            return mutateBytes(body, what);
        }
        if (root == null || root.isMissingNode()) {
            return mutateBytes(body, what);
        }
        int kind = random.nextInt(12);
        switch (kind) {
            case 0 -> {
                String raw = pick(List.of("null", "[]", "\"crossing\"", "42", "true", "[null]", "{}", "", "   ", "{\"\":{}}"));
                what.add("body " + raw);
                return raw.getBytes(StandardCharsets.UTF_8);
            }
            case 1 -> {
                String text = new String(body, StandardCharsets.UTF_8);
                int cut = random.nextInt(Math.max(1, text.length()));
                what.add("truncated at " + cut);
                return text.substring(0, cut).getBytes(StandardCharsets.UTF_8);
            }
            case 2 -> {
                String token = pick(random.nextBoolean() ? NUMBERS : NOT_NUMBERS);
                what.add("raw number " + token);
                return replaceValueText(root, token);
            }
            case 3 -> {
                int depth = 200 + random.nextInt(3_000);
                what.add("nesting " + depth);
                return replaceValueText(root, "[".repeat(depth) + "1" + "]".repeat(depth));
            }
            default -> {
                mutateNode(root, what);
                return JSON.writeValueAsBytes(root);
            }
        }
    }

    /** Replaces one scalar of the document by the given raw JSON text (not necessarily valid JSON). */
    private byte[] replaceValueText(JsonNode root, String raw) {
        String marker = "\"@@fuzz@@\"";
        Target t = randomTarget(root);
        t.set(NODES.stringNode("@@fuzz@@"));
        return JSON.writeValueAsString(root).replace(marker, raw).getBytes(StandardCharsets.UTF_8);
    }

    private void mutateNode(JsonNode root, List<String> what) {
        Target t = randomTarget(root);
        int kind = random.nextInt(10);
        switch (kind) {
            case 0 -> {
                t.set(NODES.nullNode());
                what.add(t.path + " = null");
            }
            case 1 -> {
                String s = pick(STRINGS);
                t.set(NODES.stringNode(s));
                what.add(t.path + " = string");
            }
            case 2 -> {
                t.set(NODES.stringNode(pick(DATES)));
                what.add(t.path + " = date");
            }
            case 3 -> {
                int length = pick(List.of(300, 4_001, 10_000, 100_000, 1_000_000));
                t.set(NODES.stringNode("x".repeat(length)));
                what.add(t.path + " = " + length + " chars");
            }
            case 4 -> {
                t.set(random.nextBoolean() ? NODES.arrayNode().add(1) : NODES.objectNode().put("a", 1));
                what.add(t.path + " = container");
            }
            case 5 -> {
                t.set(random.nextBoolean() ? NODES.booleanNode(true) : NODES.numberNode(random.nextInt()));
                what.add(t.path + " = scalar");
            }
            case 6 -> {
                if (t.parent instanceof ObjectNode o && t.name != null) {
                    o.remove(t.name);
                    what.add("removed " + t.path);
                }
            }
            case 7 -> {
                if (t.parent instanceof ObjectNode o) {
                    o.put(pick(List.of("unknownField", "usPrt", "Direction", "", "declarations ", "\u0000")), "x");
                    what.add("extra field near " + t.path);
                }
            }
            case 8 -> {
                if (t.parent instanceof ArrayNode a) {
                    for (int i = 0; i < 1 + random.nextInt(200); i++) {
                        a.add(a.get(0) == null ? NODES.nullNode() : a.get(0).deepCopy());
                    }
                    what.add("array grown at " + t.path);
                } else {
                    t.set(NODES.arrayNode());
                    what.add(t.path + " = []");
                }
            }
            default -> {
                t.set(NODES.numberNode(new java.math.BigDecimal(pick(List.of("1e20", "1e13", "-1", "0", "1e-7", "99999999999999999999.99",
                        "12345.678901", "1e29", "9e29")))));
                what.add(t.path + " = number");
            }
        }
    }

    /** A node of the document with its parent, so it can be replaced or removed. */
    private static final class Target {
        JsonNode parent;
        String name;
        int index = -1;
        String path = "$";

        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(name, value);
            } else if (parent instanceof ArrayNode a) {
                a.set(index, value);
            }
        }
    }

    private Target randomTarget(JsonNode root) {
        Target t = new Target();
        JsonNode node = root;
        while (node.isContainer() && node.size() > 0 && (t.parent == null || random.nextInt(4) != 0)) {
            if (node.isObject()) {
                List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
                Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
                it.forEachRemaining(fields::add);
                Map.Entry<String, JsonNode> field = fields.get(random.nextInt(fields.size()));
                t.parent = node;
                t.name = field.getKey();
                t.index = -1;
                t.path = t.path + "." + field.getKey();
                node = field.getValue();
            } else {
                int i = random.nextInt(node.size());
                t.parent = node;
                t.name = null;
                t.index = i;
                t.path = t.path + "[" + i + "]";
                node = node.get(i);
            }
        }
        if (t.parent == null) {
            // the root itself is a scalar or empty: wrap it so it has a parent
            ObjectNode holder = NODES.objectNode();
            holder.set("root", node);
            t.parent = holder;
            t.name = "root";
        }
        return t;
    }

    private byte[] mutateBytes(byte[] body, List<String> what) {
        byte[] copy = body.clone();
        int at = random.nextInt(Math.max(1, copy.length));
        int kind = random.nextInt(5);
        byte value = switch (kind) {
            case 0 -> (byte) 0xFF;
            case 1 -> (byte) 0xC0;
            case 2 -> 0;
            case 3 -> (byte) 0x80;
            default -> (byte) random.nextInt(256);
        };
        if (copy.length > 0) {
            copy[at] = value;
        }
        what.add(String.format("byte %d = 0x%02x", at, value & 0xFF));
        return copy;
    }

    private byte[] brokenHeader(List<String> what) {
        int kind = random.nextInt(9);
        what.add("header " + kind);
        return switch (kind) {
            case 0 -> bytes("Idempotency-Key: caf\u00c3\u00a9\r\n");
            case 1 -> bytes("Idempotency-Key: \u00e6\u0097\u00a5\u00e6\u009c\u00ac\r\n");
            case 2 -> bytes("Idempotency-Key: " + "k".repeat(256 + random.nextInt(5_000)) + "\r\n");
            case 3 -> bytes("Idempotency-Key: a\u0001b\r\n");
            case 4 -> bytes("X-Fuzz: \u00ff\u00fe\u0085\r\n");
            case 5 -> bytes("Accept: " + pick(List.of("text/csv", "application/xml", "image/png", "*/*;q=x", "text/html")) + "\r\n");
            case 6 -> bytes("Authorization: Basic %%%\r\n");
            case 7 -> bytes("X-Big: " + "b".repeat(10_000 + random.nextInt(10_000)) + "\r\n");
            default -> bytes("Content-Encoding: gzip\r\n");
        };
    }

    private String mutateQuery(String target, List<String> what) {
        String value = pick(QUERIES);
        String name = pick(List.of("limit", "status", "date", "usPort", "mxCustomsOffice", "%ff", "a%00"));
        what.add("query " + name + "=" + value);
        return target + (target.contains("?") ? "&" : "?") + name + "=" + value;
    }

    private String mutatePath(String target, List<String> what) {
        String replacement = pick(List.of("not-a-uuid", "%ff", "%00", "..%2f..", "00000000-0000-0000-0000-000000000000",
                "%c0%ae", "a;b=c", "%2e%2e", "x".repeat(5_000), "crossings//batch", "%e6%97%a5"));
        what.add("path " + abbreviate(replacement));
        if (target.contains(crossingId)) {
            return target.replace(crossingId, replacement);
        }
        int slash = target.lastIndexOf('/');
        return target.substring(0, slash + 1) + replacement;
    }

    private byte[] huge(List<String> what) {
        int size = 2_097_152 + 1 + random.nextInt(1_000_000);
        what.add("body of " + size + " bytes");
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[size - 1] = '}';
        return body;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…(" + s.length() + ")" : s;
    }

    static String resource(String name) {
        try (InputStream in = EdgeMutations.class.getResourceAsStream("/fuzz/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /fuzz/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
