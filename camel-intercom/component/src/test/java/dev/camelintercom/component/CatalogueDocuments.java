/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelintercom.component.api.ApiFacts;
import dev.camelintercom.component.api.IntercomOperations;
import dev.camelintercom.component.api.OperationDefinition;
import dev.camelintercom.generator.ApiFactsGenerator;
import dev.camelintercom.testsupport.GeneratedFiles;

/**
 * Writes what is generated from the operation table and the component metadata: the operations JSON for tooling
 * (resource, operation, HTTP call, retry safety), the operations table of docs/operations.md, the operations reference
 * of intercom-component.adoc, and the adoc's option and header tables. Each generated part sits between START and END
 * markers; the prose around them is hand-written.
 * <p>
 * The build runs it (exec-maven-plugin, phase process-test-classes) to check: it fails when a committed file differs
 * from what it would write ({@link GeneratedFiles}). {@code -Dcatalogue.write=true} writes them instead.
 */
public final class CatalogueDocuments {

    static final Path OPERATIONS_JSON = Path.of("src/generated/resources/META-INF/dev/camelintercom/component/intercom-operations.json");
    static final Path METADATA = Path.of("src/generated/resources/META-INF/dev/camelintercom/component/intercom.json");
    static final Path ADOC = Path.of("src/main/docs/intercom-component.adoc");
    static final Path OPERATIONS_MD = Path.of("../../docs/operations.md");
    static final Path OPERATION_NAMES = Path.of("src/main/java/dev/camelintercom/component/api/OperationNames.java");
    static final Path API_FACTS = Path.of("src/generated/resources/" + ApiFacts.RESOURCE);

    private static final String MD_START = "<!-- operations table: START (generated from IntercomOperations; do not edit) -->";
    private static final String MD_END = "<!-- operations table: END -->";
    private static final String ADOC_OPERATIONS_START = "// operations reference: START (generated from IntercomOperations; do not edit)";
    private static final String ADOC_OPERATIONS_END = "// operations reference: END";
    private static final String ADOC_OPTIONS_START = "// component options: START (generated from intercom.json; do not edit)";
    private static final String ADOC_OPTIONS_END = "// component options: END";
    private static final Map<String, String> TITLES = Map.ofEntries(Map.entry("contact", "Contacts"),
            Map.entry("company", "Companies"), Map.entry("conversation", "Conversations"), Map.entry("ticket", "Tickets"),
            Map.entry("message", "Messages"), Map.entry("note", "Notes"), Map.entry("tag", "Tags"),
            Map.entry("admin", "Admins"), Map.entry("team", "Teams"), Map.entry("event", "Data events"),
            Map.entry("segment", "Segments"));

    private CatalogueDocuments() {
    }

    /** Arguments: the component module's directory, and {@code true} to write instead of checking. */
    public static void main(String[] args) throws IOException {
        GeneratedFiles files = new GeneratedFiles(Path.of(args[0]),
                "mvn -B process-test-classes -pl camel-intercom/component -am -Dcatalogue.write=true");
        Optional<Path> description = ApiFactsGenerator.locate(Path.of(args[0]));
        if (description.isPresent()) {
            files.expect(API_FACTS, ApiFactsGenerator.load(description.get()).factsJson(handWrittenNames()));
        } else {
            System.out.println("[CatalogueDocuments] Intercom's description " + ApiFactsGenerator.LOCATION + " is in no "
                               + "directory above " + Path.of(args[0]).toAbsolutePath() + ": the committed operation facts "
                               + "are not checked against it");
        }
        files.expect(OPERATION_NAMES, operationNamesSource());
        files.expect(OPERATIONS_JSON, operationsJson());
        String adoc = files.read(ADOC);
        adoc = GeneratedFiles.between(adoc, ADOC_OPERATIONS_START, ADOC_OPERATIONS_END, adocOperations());
        JsonNode metadata = new ObjectMapper().readTree(Path.of(args[0]).resolve(METADATA).toFile());
        adoc = GeneratedFiles.between(adoc, ADOC_OPTIONS_START, ADOC_OPTIONS_END, adocOptions(metadata));
        files.expect(ADOC, adoc);
        files.expect(OPERATIONS_MD, GeneratedFiles.between(files.read(OPERATIONS_MD), MD_START, MD_END,
                markdownOperations()));
        files.checkOrWrite(args.length > 1 && Boolean.parseBoolean(args[1]));
    }

    /**
     * The names of the table as constants for the component's annotations (the enums of {@code resource} and
     * {@code operation} in its metadata): a class without imports, so that the configuration does not import the table.
     */
    static String operationNamesSource() {
        return "/*\n * Copyright 2026 The camel-intercom Authors\n * SPDX-License-Identifier: Apache-2.0\n */\n"
               + "package dev.camelintercom.component.api;\n\n"
               + "/**\n * The resources and operation names of the operation table, generated by CatalogueDocuments from the table "
               + "(do not edit).\n */\n"
               + "public final class OperationNames {\n\n"
               + "    /** The resources of the table and {@code request}, sorted: the enum of the {@code resource} path parameter. */\n"
               + "    public static final String RESOURCES = \"" + String.join(",", IntercomOperations.resources()) + "\";\n\n"
               + "    /** Every operation name of the table (the union across resources), sorted: the enum of {@code operation}. */\n"
               + "    public static final String OPERATIONS = \"" + String.join(",", IntercomOperations.operationNames()) + "\";\n\n"
               + "    private OperationNames() {\n    }\n}\n";
    }

    /** The names of the hand-written rows by call, for the generator to give the operations they cover. */
    static Map<String, List<String>> handWrittenNames() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (OperationDefinition def : IntercomOperations.all()) {
            if (def.isHandWritten()) {
                List<String> list = names.computeIfAbsent(ApiFactsGenerator.callKey(def.method(), def.pathTemplate()),
                        k -> new ArrayList<>());
                if (!list.contains(def.fullName())) {
                    list.add(def.fullName());
                }
            }
        }
        return names;
    }

    /** Every resource's operations with their calls, for tools that complete and check {@code operation}. */
    static String operationsJson() throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("description", "The operations of each resource of the intercom component, generated from its operation table.");
        ObjectNode resources = root.putObject("resources");
        for (Map.Entry<String, List<List<OperationDefinition>>> resource : byResource().entrySet()) {
            ObjectNode operations = resources.putObject(resource.getKey());
            for (List<OperationDefinition> variants : resource.getValue()) {
                OperationDefinition first = variants.get(0);
                ObjectNode operation = operations.putObject(first.name());
                ArrayNode calls = operation.putArray("calls");
                variants.forEach(v -> calls.add(v.method() + " " + v.pathTemplate()));
                operation.put("inputs", first.inputs());
                operation.put("output", outputs(variants).replace("`", ""));
                operation.put("retrySafe", first.isRetrySafe());
            }
        }
        resources.putObject(IntercomOperations.REQUEST);
        return mapper.writeValueAsString(root) + "\n";
    }

    static String markdownOperations() {
        StringBuilder md = new StringBuilder();
        md.append("| resource | operation | HTTP call | required inputs | output | retry-safe |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (List<List<OperationDefinition>> operations : byResource().values()) {
            for (List<OperationDefinition> variants : operations) {
                OperationDefinition first = variants.get(0);
                md.append("| `").append(first.resource()).append("` | `").append(first.name()).append("` | ")
                        .append(calls(variants)).append(" | ").append(inputsWithPaging(first)).append(" | ")
                        .append(outputs(variants)).append(" | ").append(first.isRetrySafe() ? "yes" : "no").append(" |\n");
            }
        }
        md.append("| `request` | (none) | any `method` and `path` | `method`, `path` (options or headers); `accept`, "
                  + "`responseType` for downloads | `JsonNode`; `byte[]` or `InputStream` with `responseType` "
                  + "| depends on the call |\n");
        return md.toString();
    }

    static String adocOperations() {
        StringBuilder adoc = new StringBuilder();
        for (Map.Entry<String, List<List<OperationDefinition>>> resource : byResource().entrySet()) {
            adoc.append("=== ").append(TITLES.getOrDefault(resource.getKey(), title(resource.getKey()))).append(" (`").append(resource.getKey()).append("`)\n\n");
            adoc.append("[width=\"100%\",cols=\"2,3,4,2\",options=\"header\"]\n|===\n");
            adoc.append("| Operation | HTTP call | Required inputs | Output\n");
            for (List<OperationDefinition> variants : resource.getValue()) {
                OperationDefinition first = variants.get(0);
                adoc.append("\n| `").append(first.name()).append("`\n| ").append(calls(variants)).append("\n| ")
                        .append(inputsWithPaging(first)).append(first.isRetrySafe() ? "" : ". *Not retry-safe*")
                        .append("\n| ").append(outputs(variants)).append('\n');
            }
            adoc.append("|===\n\n");
        }
        return adoc.toString();
    }

    /** The option and header tables, in the form of Camel's own component pages. */
    static String adocOptions(JsonNode metadata) {
        StringBuilder adoc = new StringBuilder("== Configuring Options\n\n=== Component Options\n\n");
        JsonNode component = metadata.get("componentProperties");
        adoc.append("The Intercom component supports ").append(component.size()).append(" options, which are listed below.\n\n");
        optionTable(adoc, component);
        adoc.append("\n=== Endpoint Options\n\nThe Intercom endpoint is configured using URI syntax:\n\n----\n")
                .append(metadata.get("component").get("syntax").asText())
                .append("\n----\n\nwith the following path and query parameters:\n\n");
        Map<String, List<Map.Entry<String, JsonNode>>> byKind = new LinkedHashMap<>();
        metadata.get("properties").fields().forEachRemaining(
                p -> byKind.computeIfAbsent(p.getValue().get("kind").asText(), k -> new ArrayList<>()).add(p));
        List<Map.Entry<String, JsonNode>> path = byKind.getOrDefault("path", List.of());
        List<Map.Entry<String, JsonNode>> query = byKind.getOrDefault("parameter", List.of());
        adoc.append("==== Path Parameters (").append(path.size()).append(" parameters)\n\n");
        optionTable(adoc, path);
        adoc.append("\n==== Query Parameters (").append(query.size()).append(" parameters)\n\n");
        optionTable(adoc, query);
        JsonNode headers = metadata.get("headers");
        adoc.append("\n=== Message Headers\n\nThe Intercom component supports ").append(headers.size())
                .append(" message headers, which are listed below:\n\n");
        adoc.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        headers.fields().forEachRemaining(h -> {
            JsonNode meta = h.getValue();
            String constant = meta.get("constantName").asText();
            adoc.append("| *").append(h.getKey()).append("* (").append(meta.get("group").asText()).append(") +\nConstant: `")
                    .append(constant.substring(constant.indexOf('#') + 1)).append("` | ")
                    .append(escape(meta.get("description").asText())).append(" |")
                    .append(meta.has("defaultValue") ? " " + meta.get("defaultValue").asText() : "").append(" | ")
                    .append(meta.get("javaType").asText()).append('\n');
        });
        adoc.append("|===\n");
        return adoc.toString();
    }

    private static void optionTable(StringBuilder adoc, JsonNode options) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        options.fields().forEachRemaining(entries::add);
        optionTable(adoc, entries);
    }

    private static void optionTable(StringBuilder adoc, List<Map.Entry<String, JsonNode>> options) {
        adoc.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        for (Map.Entry<String, JsonNode> option : options) {
            JsonNode meta = option.getValue();
            adoc.append("| *").append(option.getKey()).append("* (").append(meta.get("group").asText()).append(") | ")
                    .append(meta.path("required").asBoolean() ? "*Required* " : "")
                    .append(escape(meta.get("description").asText())).append(" | ")
                    .append(meta.has("defaultValue") ? meta.get("defaultValue").asText() : "").append(" | ")
                    .append(type(meta)).append('\n');
        }
        adoc.append("|===\n");
    }

    private static String type(JsonNode meta) {
        String javaType = meta.get("javaType").asText();
        String raw = javaType.contains("<") ? javaType.substring(0, javaType.indexOf('<')) : javaType;
        String name = raw.substring(raw.lastIndexOf('.') + 1);
        if (meta.has("enum") && "java.lang.String".equals(javaType)) {
            StringJoiner values = new StringJoiner(", ", " (", ")");
            meta.get("enum").forEach(v -> values.add(v.asText()));
            return name + values;
        }
        return name;
    }

    /** A generated resource's title: {@code helpCenter} is "Help center". */
    private static String title(String resource) {
        String words = resource.replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Asciidoc would read {@code {name}} as an attribute and {@code |} as a cell separator. */
    private static String escape(String text) {
        return text.replace("{", "\\{").replace("|", "\\|");
    }

    /** The table's operations by resource, in the table's order, each with its variants. */
    private static Map<String, List<List<OperationDefinition>>> byResource() {
        Map<String, Map<String, List<OperationDefinition>>> grouped = new LinkedHashMap<>();
        for (OperationDefinition def : IntercomOperations.all()) {
            grouped.computeIfAbsent(def.resource(), r -> new LinkedHashMap<>())
                    .computeIfAbsent(def.name(), n -> new ArrayList<>()).add(def);
        }
        Map<String, List<List<OperationDefinition>>> result = new LinkedHashMap<>();
        grouped.forEach((resource, operations) -> result.put(resource, new ArrayList<>(operations.values())));
        return result;
    }

    private static String calls(List<OperationDefinition> variants) {
        StringJoiner calls = new StringJoiner(" or ");
        for (OperationDefinition def : variants) {
            StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
            def.fixedQuery().forEach((name, value) -> query.add(name + "=" + value));
            def.queryParams().keySet().forEach(name -> query.add(name + "="));
            String call = "`" + def.method() + " " + def.pathTemplate() + query + "`";
            if ("POST".equals(def.method()) && !def.sendsBody()) {
                call += " (no body)";
            } else if ("DELETE".equals(def.method()) && def.sendsBody()) {
                call += " (body)";
            }
            calls.add(call);
        }
        return calls.toString();
    }

    private static String inputsWithPaging(OperationDefinition def) {
        String paging = switch (def.paging()) {
            case CURSOR_QUERY -> "cursor, perPage ≤ " + def.maxPerPage();
            case CURSOR_BODY -> "cursor in body, perPage ≤ " + def.maxPerPage();
            case PAGE_NUMBER -> "page, perPage ≤ " + def.maxPerPage();
            case SCROLL -> "scroll";
            case NONE -> null;
        };
        return paging == null ? def.inputs() : def.inputs() + " (" + paging + ")";
    }

    /** The outputs of an operation's variants, each once. */
    private static String outputs(List<OperationDefinition> variants) {
        return String.join(" or ", variants.stream().map(CatalogueDocuments::output).distinct().toList());
    }

    private static String output(OperationDefinition def) {
        String model = def.modelClass() == null ? "JsonNode" : def.modelClass().getSimpleName();
        return switch (def.result()) {
            case NONE -> "nothing (body unchanged)";
            case JSON -> "`JsonNode`";
            case LIST -> "`List<" + model + ">`";
            case FIRST_OF_LIST -> "`" + model + "` or null";
            case OBJECT -> "`" + model + "`";
        };
    }
}
