package io.jointclear.declaration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The public contract's example declarations (copied from shared/contracts), as JSON trees and documents. */
public final class Contracts {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private Contracts() {
    }

    public static ObjectNode tree(String file) {
        try (InputStream in = Contracts.class.getResourceAsStream("/declaration/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /declaration/" + file);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Mexican export pedimento of the northbound tomatoes crossing. */
    public static ObjectNode mxExportTree() {
        return (ObjectNode) tree("crossing-northbound-tomatoes.json").get("declarations").get(0);
    }

    /** US entry (type 03, AD/CVD) of the northbound tomatoes crossing. */
    public static ObjectNode usEntryTree() {
        return (ObjectNode) tree("crossing-northbound-tomatoes.json").get("declarations").get(1);
    }

    public static ObjectNode mxImportTree() {
        return tree("assessment-mx-diesel-usmca.json");
    }

    public static ObjectNode usTshirtsTree() {
        return tree("assessment-us-tshirts.json");
    }

    public static DeclarationDocument document(JsonNode tree) {
        return JSON.treeToValue(tree, DeclarationDocument.class);
    }
}
