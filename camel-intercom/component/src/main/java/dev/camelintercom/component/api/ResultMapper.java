package dev.camelintercom.component.api;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelintercom.component.IntercomTransportException;
import dev.camelintercom.component.model.IntercomObject;

/**
 * Turns response bodies into the model classes of the operation table.
 */
public final class ResultMapper {

    private final ObjectMapper mapper;

    public ResultMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The body of a successful response; fails when an operation that returns something got nothing (a proxy lost
     * it): the route cannot go on as if it had the object.
     */
    public JsonNode bodyOf(OperationDefinition def, IntercomRequest request, IntercomResponse response)
            throws IntercomTransportException {
        if (def != null && def.result() != OperationDefinition.Result.NONE && response.body() == null) {
            throw new IntercomTransportException("Intercom answered " + response.status() + " to " + request
                                                 + " without a body", null, true, request.retrySafe());
        }
        return response.body();
    }

    /** The single object of an OBJECT or FIRST_OF_LIST operation; null when the response holds none. */
    public IntercomObject toObject(OperationDefinition def, JsonNode body) throws JsonProcessingException {
        if (body == null || body.isNull()) {
            return null;
        }
        JsonNode node = body;
        if (def.result() == OperationDefinition.Result.FIRST_OF_LIST && "list".equals(body.path("type").asText())) {
            JsonNode items = body.path(def.itemsField());
            if (!items.isArray() || items.isEmpty()) {
                return null;
            }
            node = items.get(0);
        }
        return mapper.treeToValue(node, def.modelClass());
    }

    /** A page of a LIST operation. */
    public Page<IntercomObject> toPage(OperationDefinition def, JsonNode body) throws JsonProcessingException {
        List<IntercomObject> items = new ArrayList<>();
        if (body == null) {
            return new Page<>(items, null, null);
        }
        for (JsonNode item : body.path(def.itemsField())) {
            items.add(mapper.treeToValue(item, def.modelClass()));
        }
        JsonNode total = body.get("total_count");
        return new Page<>(items, def.paging().next(body), total != null && total.canConvertToLong() ? total.asLong() : null);
    }
}
