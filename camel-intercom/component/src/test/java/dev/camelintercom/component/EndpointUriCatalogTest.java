/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.camelintercom.component.api.IntercomOperations;
import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code intercom:} endpoint URI of the README, the docs, the component documentation and the examples' routes
 * passes camel-catalog's endpoint validation against the generated component metadata, as route designers and IDE
 * tooling validate it; the metadata lists every operation of the table; and the URIs the docs show as wrong are
 * rejected.
 */
class EndpointUriCatalogTest {

    private static final Path ROOT = Path.of("../..");
    private static final Path METADATA = Path.of("src/generated/resources/META-INF/dev/camelintercom/component/intercom.json");
    /** An endpoint URI, not the end of a Maven coordinate (dev.camelintercom:...) nor a sentence's full stop. */
    private static final Pattern URI_IN_TEXT = Pattern.compile("(?<![\\w.-])intercom:[a-z][^\\s\"`'|),\\\\]*(?<!\\.)");
    /** The syntax line of the URI format, not an endpoint. */
    private static final Set<String> SYNTAX = Set.of("intercom:resource");
    /** URIs that docs/bad-input.md shows as wrong on purpose. */
    private static final Set<String> DOCUMENTED_AS_WRONG = Set.of("intercom:widget?operation=get",
            "intercom:contact?operation=frobnicate");

    @Test
    void everyEndpointUriOfTheDocsAndExamplesIsValidForTheCatalog() throws IOException {
        CamelCatalog catalog = catalog();
        Map<String, String> problems = new TreeMap<>();
        Map<String, String> uris = uris();
        assertTrue(uris.size() > 20, "found only " + uris.keySet());
        uris.forEach((uri, where) -> {
            EndpointValidationResult result = catalog.validateEndpointProperties(uri);
            boolean wrongOnPurpose = DOCUMENTED_AS_WRONG.contains(uri);
            if (result.isSuccess() == wrongOnPurpose) {
                problems.put(where + ": " + uri, wrongOnPurpose ? "documented as wrong, but valid"
                        : result.summaryErrorMessage(false));
            }
        });
        assertEquals(Map.of(), problems);
    }

    @Test
    void theMetadataListsEveryOperationAndResourceOfTheTable() throws IOException {
        JsonNode properties = new ObjectMapper().readTree(METADATA.toFile()).get("properties");
        Set<String> operations = new TreeSet<>();
        IntercomOperations.resources().forEach(r -> operations.addAll(IntercomOperations.operations(r)));
        assertEquals(operations, enums(properties.get("operation")), "the operation enum of " + METADATA);
        assertEquals(IntercomOperations.resources(), enums(properties.get("resource")), "the resource enum of " + METADATA);
    }

    @Test
    void theJarNamesEachResourcesOperationsForTools() throws IOException {
        JsonNode resources;
        try (var in = getClass().getResourceAsStream("/META-INF/dev/camelintercom/component/intercom-operations.json")) {
            resources = new ObjectMapper().readTree(in).get("resources");
        }
        for (String resource : IntercomOperations.resources()) {
            Set<String> listed = new TreeSet<>();
            resources.get(resource).fieldNames().forEachRemaining(listed::add);
            assertEquals(IntercomOperations.operations(resource), listed, "the operations of " + resource);
        }
    }

    @Test
    void theCatalogRejectsAnOperationNoResourceHas() throws IOException {
        EndpointValidationResult result = catalog().validateEndpointProperties("intercom:contact?operation=frobnicate");
        assertFalse(result.isSuccess());
        assertTrue(result.getInvalidEnum().containsKey("operation"), result.summaryErrorMessage(false));
    }

    private static Set<String> enums(JsonNode option) {
        Set<String> names = new TreeSet<>();
        option.get("enum").forEach(name -> names.add(name.asText()));
        return names;
    }

    private static CamelCatalog catalog() throws IOException {
        CamelCatalog catalog = new DefaultCamelCatalog();
        catalog.addComponent("intercom", IntercomComponent.class.getName(), Files.readString(METADATA, StandardCharsets.UTF_8));
        return catalog;
    }

    /** The URIs with where each was first found. */
    private static Map<String, String> uris() throws IOException {
        Map<String, String> uris = new TreeMap<>();
        List<Path> texts = new ArrayList<>(List.of(ROOT.resolve("README.md"),
                ROOT.resolve("camel-intercom/component/src/main/docs/intercom-component.adoc")));
        texts.addAll(files(ROOT.resolve("docs"), ".md"));
        texts.addAll(files(ROOT.resolve("camel-intercom-examples"), ".java"));
        for (Path file : texts) {
            Matcher m = URI_IN_TEXT.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                String uri = withoutValuesFromCode(m.group());
                if (!SYNTAX.contains(uri) && !uri.contains("<") && !uri.contains("[")) {
                    uris.putIfAbsent(uri, ROOT.relativize(file).toString());
                }
            }
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (Path file : files(ROOT.resolve("camel-intercom-examples"), ".yaml")) {
            collectYamlUris(yaml.readTree(file.toFile()), ROOT.relativize(file).toString(), uris);
        }
        return uris;
    }

    /** {@code uri:} with its {@code parameters:} map, as the YAML DSL writes an endpoint. */
    private static void collectYamlUris(JsonNode node, String where, Map<String, String> uris) {
        if (node.isObject() && node.path("uri").asText().startsWith("intercom:")) {
            StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
            node.path("parameters").fields().forEachRemaining(p -> query.add(p.getKey() + "=" + p.getValue().asText()));
            uris.putIfAbsent(node.path("uri").asText() + query, where);
        }
        node.elements().forEachRemaining(child -> collectYamlUris(child, where, uris));
    }

    /** Drops parameters whose value the code appends ({@code "...&contactId=" + id}) and a trailing {@code ?} or {@code &}. */
    private static String withoutValuesFromCode(String uri) {
        String cleaned = uri.replaceAll("[?&][A-Za-z]+=(?=&|$)", "");
        if (!cleaned.contains("?") && cleaned.contains("&")) {
            cleaned = cleaned.replaceFirst("&", "?");
        }
        return cleaned.replaceAll("[?&]$", "");
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix) && !f.toString().contains("/target/")
                                     && !f.toString().contains("/src/test/")).sorted().toList();
        }
    }
}
