/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.camelintercom.component.api.IntercomJson;
import dev.camelintercom.component.model.IntercomObject;
import org.apache.camel.Converter;

/**
 * Type converters from the model classes to a {@code Map}, a JSON {@code String} and a Jackson {@code JsonNode}, with
 * Intercom's own field names.
 */
@Converter(generateLoader = true)
public final class IntercomTypeConverters {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private IntercomTypeConverters() {
    }

    @Converter
    public static Map<String, Object> toMap(IntercomObject object) {
        return IntercomJson.mapper().convertValue(object, MAP);
    }

    @Converter
    public static String toJson(IntercomObject object) throws JsonProcessingException {
        return IntercomJson.mapper().writeValueAsString(object);
    }

    @Converter
    public static JsonNode toJsonNode(IntercomObject object) {
        return IntercomJson.mapper().valueToTree(object);
    }
}
