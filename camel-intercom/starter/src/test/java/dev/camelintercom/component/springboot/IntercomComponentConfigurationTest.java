/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.springboot;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The starter binds exactly the component's options, with their types, and documents each with the component's own
 * description and default: an option added to the component fails here (and the build's StarterConfigurationGenerator
 * check before it) until the class has been generated again.
 */
class IntercomComponentConfigurationTest {

    private static final String COMPONENT_JSON = "META-INF/dev/camelintercom/component/intercom.json";
    private static final String METADATA = "META-INF/spring-configuration-metadata.json";
    private static final String PREFIX = "camel.component.intercom.";
    private static final Set<String> SWITCHES = Set.of("enabled", "customizer");

    private final JsonNode options = read(COMPONENT_JSON).get("componentProperties");

    @Test
    void bindsExactlyTheComponentOptionsWithTheirTypes() throws IntrospectionException {
        Map<String, String> expected = new TreeMap<>();
        options.properties().forEach(option -> expected.put(option.getKey(), expectedType(option.getValue())));

        Map<String, String> bound = new TreeMap<>();
        for (PropertyDescriptor property : Introspector.getBeanInfo(IntercomComponentConfiguration.class, Object.class)
                .getPropertyDescriptors()) {
            // enabled and customizer are the starter's own switches, not component options
            if (property.getWriteMethod() != null && !SWITCHES.contains(property.getName())) {
                bound.put(property.getName(), property.getWriteMethod().getGenericParameterTypes()[0].getTypeName()
                        .replace(", ", ","));
            }
        }
        assertEquals(expected, bound, "the starter's options and types against intercom.json "
                                      + "(regenerate with -Dcatalogue.write=true)");
    }

    @Test
    void metadataDescribesEveryOptionWithTheComponentsDescriptionTypeAndDefault() {
        Map<String, JsonNode> metadata = new TreeMap<>();
        read(METADATA).get("properties").forEach(property -> metadata.put(property.get("name").asText(), property));

        Map<String, String> expected = new TreeMap<>();
        Map<String, String> actual = new TreeMap<>();
        options.properties().forEach(entry -> {
            String name = PREFIX + StringHelper.camelCaseToDash(entry.getKey());
            JsonNode option = entry.getValue();
            expected.put(name, expectedType(option) + " | " + option.get("description").asText() + " | "
                               // an enum's type is "enum" in Camel 4.18's metadata, "object" in 4.14's
                               + (option.has("defaultValue") && (!option.get("type").asText().equals("object") || option.has("enum"))
                                       ? option.get("defaultValue").asText() : null));
            JsonNode property = metadata.get(name);
            actual.put(name, property == null ? null
                    : property.get("type").asText() + " | " + property.path("description").asText() + " | "
                      + (property.has("defaultValue") ? property.get("defaultValue").asText() : null));
        });
        assertEquals(expected, actual, "spring-configuration-metadata.json against intercom.json");
        assertNotNull(metadata.get(PREFIX + "enabled"), "the enabled switch is described");
        assertNotNull(metadata.get(PREFIX + "customizer.enabled"), "the customizer switch is described");
    }

    @Test
    void metadataHintsTheValuesOfEveryEnumeratedOption() {
        Map<String, String> hinted = new TreeMap<>();
        read(METADATA).get("hints").forEach(hint -> hinted.put(hint.get("name").asText(), hint.get("values").toString()));
        options.properties().forEach(entry -> {
            JsonNode option = entry.getValue();
            if (option.has("enum") && option.get("javaType").asText().equals("java.lang.String")) {
                StringBuilder values = new StringBuilder();
                option.get("enum").forEach(value -> values.append(values.isEmpty() ? "" : ",")
                        .append("{\"value\":\"").append(value.asText()).append("\"}"));
                assertEquals("[" + values + "]", hinted.get(PREFIX + StringHelper.camelCaseToDash(entry.getKey())),
                        entry.getKey());
            }
        });
    }

    /** The generated class holds primitives boxed, so that an option not set is not copied onto the component. */
    private static String expectedType(JsonNode option) {
        String javaType = option.get("javaType").asText();
        return (StarterConfigurationGenerator.BOXED.containsKey(javaType)
                ? "java.lang." + StarterConfigurationGenerator.BOXED.get(javaType) : javaType).replace(", ", ",");
    }

    private static JsonNode read(String resource) {
        try (InputStream in = IntercomComponentConfigurationTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " on the classpath");
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }
}
