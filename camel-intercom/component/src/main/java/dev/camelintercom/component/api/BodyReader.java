/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelintercom.component.model.IntercomObject;

/**
 * What the body of a successful answer is read into, straight off the response stream in one pass: a JSON tree, one
 * model object, or a page of them (the items bound as they stream by, only the envelope around them kept as a tree).
 */
public abstract class BodyReader<T> {

    /** The whole body as a tree: for {@code request} calls, the consumer, and results that are not a model class. */
    public static final BodyReader<JsonNode> TREE = new TreeReader(IntercomJson.mapper());

    private static final String REQUEST_ID = "request_id";
    private static final String DATA = "data";

    BodyReader() {
    }

    /**
     * A body as read: the value, Intercom's {@code request_id} in it (or null), and whether it held no {@code data}
     * items (an empty page ends a company scroll; always true of a single object).
     */
    record Body<T>(T value, String requestId, boolean noData) {
    }

    /** Reads the body; the parser stands on its first token. */
    abstract Body<T> read(JsonParser parser) throws IOException;

    /** One object of the class. */
    static BodyReader<IntercomObject> object(ObjectMapper mapper, Class<? extends IntercomObject> modelClass) {
        return new ObjectReading(mapper.readerFor(modelClass));
    }

    /** A page of a list operation. */
    static BodyReader<Page<Object>> page(ObjectMapper mapper, OperationDefinition def) {
        return new PageReading(mapper, def);
    }

    /** The tree, turned into a value afterwards: for a result that is found only by looking at the whole body. */
    static <V> BodyReader<V> viaTree(ObjectMapper mapper, TreeMapping<V> mapping) {
        return new ViaTree<>(new TreeReader(mapper), mapping);
    }

    /** A value made of a whole body's tree. */
    @FunctionalInterface
    interface TreeMapping<V> {
        V map(JsonNode body) throws IOException;
    }

    private static String requestId(JsonNode envelope) {
        return envelope.hasNonNull(REQUEST_ID) ? envelope.get(REQUEST_ID).asText() : null;
    }

    private static final class TreeReader extends BodyReader<JsonNode> {
        private final ObjectMapper mapper;

        TreeReader(ObjectMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        Body<JsonNode> read(JsonParser parser) throws IOException {
            JsonNode node = mapper.readTree(parser);
            if (node == null) {
                node = NullNode.getInstance();
            }
            return new Body<>(node, requestId(node), node.path(DATA).isEmpty());
        }
    }

    private static final class ViaTree<V> extends BodyReader<V> {
        private final TreeReader tree;
        private final TreeMapping<V> mapping;

        ViaTree(TreeReader tree, TreeMapping<V> mapping) {
            this.tree = tree;
            this.mapping = mapping;
        }

        @Override
        Body<V> read(JsonParser parser) throws IOException {
            Body<JsonNode> body = tree.read(parser);
            return new Body<>(mapping.map(body.value()), body.requestId(), body.noData());
        }
    }

    private static final class ObjectReading extends BodyReader<IntercomObject> {
        private final ObjectReader reader;

        ObjectReading(ObjectReader reader) {
            this.reader = reader;
        }

        @Override
        Body<IntercomObject> read(JsonParser parser) throws IOException {
            IntercomObject object = reader.readValue(parser);
            Object id = object == null ? null : object.getAdditionalField(REQUEST_ID);
            return new Body<>(object, id == null ? null : id.toString(), true);
        }
    }

    /**
     * Binds the elements of the items field one by one as the parser reaches them; every other field of the envelope
     * (paging, counts) is kept as a small tree for the paging style to read the next position from.
     */
    private static final class PageReading extends BodyReader<Page<Object>> {
        private final ObjectMapper mapper;
        private final ObjectReader itemReader;
        private final String itemsField;
        private final Paging paging;

        PageReading(ObjectMapper mapper, OperationDefinition def) {
            this.mapper = mapper;
            this.itemReader = mapper.readerFor(def.modelClass() != null ? def.modelClass() : JsonNode.class);
            this.itemsField = def.itemsField();
            this.paging = def.paging();
        }

        @Override
        Body<Page<Object>> read(JsonParser parser) throws IOException {
            List<Object> items = new ArrayList<>();
            ObjectNode envelope = mapper.createObjectNode();
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return new Body<>(new Page<>(items, null, null), null, true);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (isItems(field, items) && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        items.add(itemReader.readValue(parser));
                    }
                } else if (isItems(field, items)) {
                    // not an array: its members, if it has any, are the items, as when reading the tree
                    for (JsonNode item : (JsonNode) mapper.readTree(parser)) {
                        items.add(itemReader.readValue(item));
                    }
                } else {
                    envelope.set(field, mapper.readTree(parser));
                }
            }
            JsonNode total = envelope.get("total_count");
            Page<Object> page = new Page<>(items, paging.next(envelope, items.size()),
                    total != null && total.canConvertToLong() ? total.asLong() : null);
            return new Body<>(page, requestId(envelope), items.isEmpty());
        }

        /**
         * The items are in the field the description names, or in {@code data} where the API answers otherwise
         * (the companies of a contact: {@code companies} in the schema, {@code data} in the recorded answers).
         */
        private boolean isItems(String field, List<Object> items) {
            return field.equals(itemsField) || DATA.equals(field) && items.isEmpty();
        }
    }
}
