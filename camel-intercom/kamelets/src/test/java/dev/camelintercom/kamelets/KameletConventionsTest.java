/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.kamelets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelintercom.component.IntercomComponent;
import dev.camelintercom.component.api.IntercomOperations;
import dev.camelintercom.kamelets.KameletFiles.Kamelet;
import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every Kamelet of the jar follows the conventions of the Kamelet catalog, and every {@code intercom:} URI it uses is
 * valid for the component's catalogue (validated as tooling validates it, with each property's example or default in
 * place of its placeholder), names an operation of its resource, and maps only properties that it defines.
 */
class KameletConventionsTest {

    static final Path CLASSES = Path.of("target/classes/kamelets");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\??)([A-Za-z]+)}}");
    private static final Set<String> SECRETS = Set.of("accessToken", "clientSecret");
    private static final String CREDENTIALS = "urn:camel:group:credentials";

    private static List<Kamelet> kamelets;
    private static String version;

    @BeforeAll
    static void read() throws IOException {
        kamelets = KameletFiles.read(CLASSES);
        version = System.getProperty("kamelets.version");
    }

    @Test
    void theJarShipsAtLeast13Actions4SourcesAndASink() {
        Map<String, Integer> counts = new TreeMap<>();
        kamelets.forEach(k -> counts.merge(k.type(), 1, Integer::sum));
        assertTrue(counts.getOrDefault("action", 0) >= 13, counts.toString());
        assertTrue(counts.getOrDefault("source", 0) >= 4, counts.toString());
        assertTrue(counts.getOrDefault("sink", 0) >= 1, counts.toString());
        assertTrue(getClass().getClassLoader().getResource("kamelets/intercom-create-contact-action.kamelet.yaml") != null,
                "the Kamelets are on the class path under kamelets/, where the kamelet component looks");
    }

    @Test
    void everyKameletFollowsTheCatalogConventions() {
        assertTrue(version != null && !version.isEmpty(), "the build gives the project version as kamelets.version");
        Map<String, List<String>> problems = new TreeMap<>();
        for (Kamelet k : kamelets) {
            List<String> p = new ArrayList<>();
            JsonNode y = k.yaml();
            check(p, "camel.apache.org/v1".equals(y.path("apiVersion").asText()), "apiVersion camel.apache.org/v1");
            check(p, "Kamelet".equals(y.path("kind").asText()), "kind: Kamelet");
            check(p, k.file().equals(k.name() + KameletFiles.SUFFIX), "file named after metadata.name");
            check(p, KameletFiles.TYPES.contains(k.type()), "label camel.apache.org/kamelet.type action, source or sink");
            check(p, k.name().startsWith("intercom-") && (k.name().endsWith("-" + k.type()) || k.name().equals("intercom-sink")),
                    "name intercom-...-" + k.type());
            String suffix = Character.toUpperCase(k.type().charAt(0)) + k.type().substring(1);
            check(p, k.definition().path("title").asText().matches("Intercom .*" + suffix), "title 'Intercom ... " + suffix + "'");
            check(p, !k.definition().path("description").asText().isBlank(), "a description");
            check(p, "object".equals(k.definition().path("type").asText()), "definition type object");
            JsonNode annotations = y.at("/metadata/annotations");
            check(p, annotations.path("camel.apache.org/kamelet.icon").asText().startsWith("data:image/svg+xml;base64,"), "an SVG icon");
            check(p, "camel-intercom".equals(annotations.path("camel.apache.org/provider").asText()), "the provider annotation");
            check(p, !annotations.path("camel.apache.org/kamelet.support.level").asText().isEmpty(), "a support level");
            check(p, version.equals(annotations.path("camel.apache.org/catalog.version").asText()), "catalog.version " + version);
            check(p, k.definition().path("required").isArray(), "a required list");
            k.definition().path("required").forEach(r -> check(p, k.definition().path("properties").has(r.asText()),
                    "required " + r.asText() + " is a property"));
            k.definition().path("properties").fields().forEachRemaining(e -> {
                JsonNode property = e.getValue();
                for (String field : List.of("title", "description", "type", "example")) {
                    check(p, property.hasNonNull(field), e.getKey() + " has a " + field);
                }
                boolean password = "password".equals(property.path("format").asText());
                boolean credentials = property.path("x-descriptors").toString().contains(CREDENTIALS);
                check(p, password == SECRETS.contains(e.getKey()) && credentials == password,
                        e.getKey() + ": secrets, and only they, are format password with the credentials descriptor");
            });
            Set<String> dependencies = new TreeSet<>();
            y.at("/spec/dependencies").forEach(d -> dependencies.add(d.asText()));
            check(p, dependencies.containsAll(Set.of("camel:kamelet", "mvn:dev.camelintercom:camel-intercom:" + version,
                    "mvn:dev.camelintercom:camel-intercom-kamelets:" + version)), "dependencies on this project's jars, version " + version + ": " + dependencies);
            check(p, !y.toString().contains("@project.version@"), "the version filtered in");
            if (!p.isEmpty()) {
                problems.put(k.name(), p);
            }
        }
        assertEquals(Map.of(), problems);
    }

    @Test
    void everyPropertyIsUsedAndEveryPlaceholderIsAProperty() {
        Map<String, List<String>> problems = new TreeMap<>();
        for (Kamelet k : kamelets) {
            List<String> p = new ArrayList<>();
            Set<String> defined = new TreeSet<>();
            k.definition().path("properties").fieldNames().forEachRemaining(defined::add);
            Set<String> used = new TreeSet<>();
            Matcher m = PLACEHOLDER.matcher(k.template().toString());
            while (m.find()) {
                String name = m.group(2);
                used.add(name);
                check(p, defined.contains(name), "{{" + m.group(1) + name + "}} is not a property");
                boolean hasDefault = k.definition().at("/properties/" + name).has("default");
                boolean optional = !m.group(1).isEmpty();
                check(p, optional != (k.required(name) || hasDefault),
                        name + ": required properties and those with a default are {{" + name + "}}, others {{?" + name + "}}");
            }
            check(p, used.equals(defined), "properties not used in the template: " + minus(defined, used));
            if (!p.isEmpty()) {
                problems.put(k.name(), p);
            }
        }
        assertEquals(Map.of(), problems);
    }

    @Test
    void everyActionMergesExactlyTheFieldsItsPropertiesSetAndOutputsJson() {
        Map<String, String> problems = new TreeMap<>();
        Pattern merge = Pattern.compile("merge\\(\\$\\{exchange}, '([^']*)'\\)");
        for (Kamelet k : kamelets) {
            JsonNode steps = k.template().at("/from/steps");
            Set<String> variables = new LinkedHashSet<>();
            Set<String> merged = new LinkedHashSet<>();
            steps.forEach(step -> {
                String variable = step.at("/setVariable/name").asText();
                if (variable.startsWith(KameletInputs.PREFIX)) {
                    variables.add(variable.substring(KameletInputs.PREFIX.length()));
                }
                Matcher m = merge.matcher(step.at("/bean/method").asText());
                if (m.matches()) {
                    merged.addAll(List.of(m.group(1).split(",")));
                }
            });
            String last = steps.get(steps.size() - 1).toString();
            if (!List.copyOf(variables).equals(List.copyOf(merged))) {
                problems.put(k.name(), "sets " + variables + " but merges " + merged);
            } else if (k.type().equals("action") && !last.contains("java.lang.String")) {
                problems.put(k.name(), "the last step does not output the JSON text: " + last);
            } else if (k.type().equals("source") && !last.contains("kamelet:sink")) {
                problems.put(k.name(), "the last step is not kamelet:sink: " + last);
            }
        }
        assertEquals(Map.of(), problems);
    }

    @Test
    void everyIntercomUriIsValidForTheComponentCatalogue() throws IOException {
        CamelCatalog catalog = new DefaultCamelCatalog();
        try (InputStream metadata = IntercomComponent.class.getResourceAsStream("/META-INF/dev/camelintercom/component/intercom.json")) {
            catalog.addComponent("intercom", IntercomComponent.class.getName(),
                    new String(metadata.readAllBytes(), StandardCharsets.UTF_8));
        }
        Map<String, String> problems = new TreeMap<>();
        int[] validated = {0};
        for (Kamelet k : kamelets) {
            endpoints(k.template(), (uri, parameters) -> {
                String delegate = uri.startsWith("webhook:") ? uri.substring("webhook:".length()) : uri;
                if (!delegate.startsWith("intercom:")) {
                    return;
                }
                StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
                parameters.fields().forEachRemaining(e -> {
                    if (!e.getKey().startsWith("webhook")) {
                        query.add(e.getKey() + "=" + withExamples(k, e.getValue().asText()));
                    }
                });
                String resolved = withExamples(k, delegate) + query;
                EndpointValidationResult result = catalog.validateEndpointProperties(resolved);
                validated[0]++;
                if (!result.isSuccess()) {
                    problems.put(k.name() + ": " + resolved, result.summaryErrorMessage(false));
                }
                String resource = withExamples(k, delegate.substring("intercom:".length()));
                String operation = withExamples(k, parameters.path("operation").asText(""));
                if (!operation.isEmpty() && !IntercomOperations.operations(resource).contains(operation)) {
                    problems.put(k.name() + ": " + resolved, "no operation " + operation + " on " + resource);
                }
            });
        }
        assertEquals(Map.of(), problems);
        assertTrue(validated[0] >= kamelets.size(), "validated " + validated[0] + " URIs");
    }

    /** Each endpoint ({@code uri} with its {@code parameters}) of the template. */
    private static void endpoints(JsonNode node, BiConsumer<String, JsonNode> visitor) {
        if (node.isObject() && node.has("uri") && node.get("uri").isTextual()) {
            visitor.accept(node.get("uri").asText(), node.path("parameters"));
        }
        node.elements().forEachRemaining(child -> endpoints(child, visitor));
    }

    /** The text with each placeholder replaced by its property's default, else its example. */
    private static String withExamples(Kamelet k, String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            JsonNode property = k.definition().at("/properties/" + m.group(2));
            JsonNode value = property.has("default") ? property.get("default") : property.path("example");
            m.appendReplacement(sb, Matcher.quoteReplacement(value.asText()));
        }
        return m.appendTail(sb).toString();
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static void check(List<String> problems, boolean ok, String rule) {
        if (!ok) {
            problems.add(rule);
        }
    }
}
