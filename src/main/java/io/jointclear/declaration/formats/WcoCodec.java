package io.jointclear.declaration.formats;

import io.jointclear.declaration.DeclarationFiles.Rejection;
import io.jointclear.declaration.formats.ElementValues.LineValues;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * WCO Data Model JSON: each element at its {@link Element#wcoPath()}, goods items under
 * {@code Declaration.GoodsShipment.GovernmentAgencyGoodsItem} with their sequence number (WCO 006).
 * Amounts are JSON numbers with their scale.
 */
final class WcoCodec implements Codec {

    static final String VERSION = "3.11";
    private static final String ITEMS = "GovernmentAgencyGoodsItem";
    private static final String IDS = "Declaration.AdditionalInformation.";
    private static final Set<Element> DECIMALS = Set.of(Element.EXCHANGE_RATE, Element.FREIGHT, Element.INSURANCE,
            Element.OTHER_INCREMENTABLES, Element.QUANTITY, Element.NET_WEIGHT, Element.VALUE);
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Override
    public String write(List<ElementValues> declarations) {
        if (declarations.size() == 1) {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(message(declarations.getFirst()));
        }
        ArrayNode all = JSON.createArrayNode();
        declarations.forEach(d -> all.add(message(d)));
        return JSON.writeValueAsString(all);
    }

    private ObjectNode message(ElementValues v) {
        ObjectNode root = JSON.createObjectNode();
        root.put("WCODataModelVersionCode", VERSION);
        root.put("WCOTypeName", "DEC");
        for (Map.Entry<Element, String> e : v.header().entrySet()) {
            put(root, e.getKey().wcoPath(), e.getKey(), e.getValue());
        }
        ObjectNode declaration = object(root, "Declaration");
        ArrayNode ids = declaration.putArray("AdditionalInformation");
        for (Map<Element, String> id : v.identifiers()) {
            ObjectNode i = ids.addObject();
            id.forEach((e, value) -> i.put(e.wcoPath().substring(IDS.length()), value));
        }
        ArrayNode items = object(declaration, "GoodsShipment").putArray(ITEMS);
        for (int n = 0; n < v.lines().size(); n++) {
            LineValues line = v.lines().get(n);
            ObjectNode item = items.addObject();
            item.put("SequenceNumeric", n + 1);
            for (Map.Entry<Element, String> e : line.values().entrySet()) {
                put(item, e.getKey().wcoPath().substring(ITEMS.length() + 1), e.getKey(), e.getValue());
            }
            ArrayNode documents = item.putArray("AdditionalDocument");
            line.cases().forEach(c -> documents.addObject().put("ID", c).put("TypeCode", "ADCVD"));
        }
        return root;
    }

    private static void put(ObjectNode root, String path, Element e, String value) {
        String[] parts = path.split("\\.");
        ObjectNode at = root;
        for (int i = 0; i < parts.length - 1; i++) {
            at = object(at, parts[i]);
        }
        if (DECIMALS.contains(e)) {
            at.put(parts[parts.length - 1], new BigDecimal(value));
        } else {
            at.put(parts[parts.length - 1], value);
        }
    }

    private static ObjectNode object(ObjectNode parent, String name) {
        JsonNode child = parent.get(name);
        return child instanceof ObjectNode o ? o : parent.putObject(name);
    }

    @Override
    public void read(Reader in, Sink sink) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            sink.problem(new Rejection(1, "$", "MALFORMED_JSON", "Not WCO DM JSON: " + e.getOriginalMessage()));
            return;
        }
        List<JsonNode> messages = root != null && root.isArray() ? root.valueStream().toList() : List.of(root);
        for (int m = 0; m < messages.size(); m++) {
            sink.declaration(new Codec.ParsedDeclaration(m + 1, values(messages.get(m)), List.of(), List.of()));
        }
    }

    private static ElementValues values(JsonNode root) {
        ElementValues v = new ElementValues();
        for (Element e : Element.values()) {
            if (e.level() == Element.Level.HEADER) {
                v.put(e, text(root.at("/" + e.wcoPath().replace('.', '/'))));
            }
        }
        JsonNode declaration = root.path("Declaration");
        for (JsonNode i : declaration.path("AdditionalInformation")) {
            Map<Element, String> id = v.addIdentifier();
            ElementValues.putIn(id, Element.IDENTIFIER_CODE, text(i.path("StatementCode")));
            ElementValues.putIn(id, Element.IDENTIFIER_COMPLEMENT, text(i.path("StatementDescription")));
        }
        for (JsonNode item : declaration.path("GoodsShipment").path(ITEMS)) {
            LineValues line = v.addLine();
            for (Element e : Element.values()) {
                if (e.level() == Element.Level.LINE) {
                    String path = e.wcoPath().substring(ITEMS.length() + 1);
                    ElementValues.putIn(line.values(), e, text(item.at("/" + path.replace('.', '/'))));
                }
            }
            for (JsonNode d : item.path("AdditionalDocument")) {
                line.cases().add(text(d.path("ID")));
            }
        }
        return v;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        return node.isNumber() ? node.decimalValue().toPlainString() : node.asString();
    }
}
