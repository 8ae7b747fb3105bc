/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelintercom.component.api.IntercomOperations;
import dev.camelintercom.component.api.OperationDefinition;
import dev.camelintercom.sandbox.IntercomSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The user documentation says what the code does: every operation of the table is in the component documentation
 * (intercom-component.adoc) and in docs/operations.md with its HTTP call, output and retry safety; every header
 * constant and every option of the generated metadata is in the adoc's tables, with its group, default and type; the
 * headers the consumer really sets are the ones documented for it; and nothing is documented that the code does not
 * have.
 */
class DocumentationTest {

    private static final Path ADOC = Path.of("src/main/docs/intercom-component.adoc");
    private static final Path OPERATIONS_MD = Path.of("../../docs/operations.md");
    private static final Path METADATA = Path.of("src/generated/resources/META-INF/dev/camelintercom/component/intercom.json");
    private static final List<Path> PROSE = List.of(ADOC, OPERATIONS_MD, Path.of("../../docs/errors.md"),
            Path.of("../../docs/getting-started.md"), Path.of("../../docs/design.md"), Path.of("../../docs/consumer.md"),
            Path.of("../../docs/sandbox.md"), Path.of("../../docs/webhooks.md"), Path.of("../../README.md"));

    private static final Pattern ADOC_RESOURCE_HEADING = Pattern.compile("^=== .*\\(`([A-Za-z]+)`\\)$");
    private static final Pattern ADOC_OPERATION_ROW = Pattern.compile("^\\| `([A-Za-z]+)`$");
    private static final Pattern ADOC_OPTION_ROW = Pattern.compile("^\\| \\*([A-Za-z]+)\\* \\(");
    private static final Pattern ADOC_HEADER_ROW = Pattern.compile("^\\| \\*(CamelIntercom[A-Za-z]+)\\* \\(([a-z ()]+)\\) \\+$");
    private static final Pattern HEADER_NAME = Pattern.compile("CamelIntercom[A-Za-z]+");

    @Test
    void everyOperationIsInTheComponentDocumentationWithItsCallOutputAndRetrySafety() throws IOException {
        Map<String, String> rows = adocOperationRows();
        Set<String> problems = new TreeSet<>();
        for (Map.Entry<String, List<OperationDefinition>> op : operations().entrySet()) {
            String row = rows.get(op.getKey());
            if (row == null) {
                problems.add(op.getKey() + ": no row in its resource's table");
                continue;
            }
            for (OperationDefinition def : op.getValue()) {
                checkCall(problems, op.getKey(), row, def);
                checkOutput(problems, op.getKey(), row, def);
            }
            boolean markedUnsafe = row.contains("*Not retry-safe*");
            if (markedUnsafe == op.getValue().get(0).isRetrySafe()) {
                problems.add(op.getKey() + ": retry safety is " + op.getValue().get(0).isRetrySafe() + " but the row says "
                             + (markedUnsafe ? "*Not retry-safe*" : "nothing"));
            }
        }
        for (String documented : rows.keySet()) {
            if (!operations().containsKey(documented)) {
                problems.add(documented + ": documented, but not an operation of the table");
            }
        }
        assertEquals(Set.of(), problems, ADOC + " against IntercomOperations");
    }

    @Test
    void everyOperationIsInTheOperationsPageWithItsCallOutputAndRetrySafety() throws IOException {
        Map<String, String[]> rows = operationsMdRows();
        Set<String> problems = new TreeSet<>();
        for (Map.Entry<String, List<OperationDefinition>> op : operations().entrySet()) {
            String[] row = rows.get(op.getKey());
            if (row == null) {
                problems.add(op.getKey() + ": no row");
                continue;
            }
            for (OperationDefinition def : op.getValue()) {
                checkCall(problems, op.getKey(), row[2], def);
                checkOutput(problems, op.getKey(), row[4], def);
            }
            String retrySafe = op.getValue().get(0).isRetrySafe() ? "yes" : "no";
            if (!row[5].equals(retrySafe)) {
                problems.add(op.getKey() + ": retry-safe is " + retrySafe + " but the page says " + row[5]);
            }
        }
        for (String documented : rows.keySet()) {
            if (!operations().containsKey(documented) && !documented.startsWith(IntercomOperations.REQUEST + ".")) {
                problems.add(documented + ": documented, but not an operation of the table");
            }
        }
        assertEquals(Set.of(), problems, OPERATIONS_MD + " against IntercomOperations");
    }

    @Test
    void everyHeaderConstantIsInTheHeaderTableWithItsGroup() throws Exception {
        List<String> table = section(read(ADOC), "=== Message Headers", "// component options: END");
        Map<String, String> documented = new TreeMap<>();
        for (String line : table) {
            Matcher m = ADOC_HEADER_ROW.matcher(line);
            if (m.find()) {
                documented.put(m.group(1), m.group(2));
            }
        }
        assertEquals(headerConstants(), documented.keySet(), "the header table of " + ADOC);
        Map<String, String> groups = new TreeMap<>();
        metadata().get("headers").fields().forEachRemaining(h -> groups.put(h.getKey(), h.getValue().get("group").asText()));
        assertEquals(groups, documented, "the groups in the header table of " + ADOC + " against the metadata");
    }

    /**
     * Runs a consumer against the sandbox and compares the headers of what it emits with the headers whose metadata
     * says the consumer sets them (group consumer or common), both ways.
     */
    @Test
    void theHeadersTheConsumerSetsAreTheOnesDocumentedForIt() throws Exception {
        Set<String> documented = new TreeSet<>();
        metadata().get("headers").fields().forEachRemaining(h -> {
            if (Set.of("consumer", "common").contains(h.getValue().get("group").asText())) {
                documented.add(h.getKey());
            }
        });
        assertEquals(documented, headersTheConsumerSets(), "headers of the consumer: documented (left), set (right)");
    }

    /**
     * Runs a search that returns a list, a page at a time and with {@code paginate=true}, against the sandbox and
     * compares the headers it sets with the ones the adoc's paragraph on lists names for each, beside those of every
     * call.
     */
    @Test
    void theHeadersAListSetsAreTheOnesTheComponentDocumentationNames() throws Exception {
        String adoc = read(ADOC).replaceAll("\\s+", " ");
        String lists = between(adoc, "An operation that returns a list", "; with `paginate=true`, only");
        String paginated = between(adoc, "; with `paginate=true`, only", ".");
        Set<String> everyCall = headerNames(between(adoc, "Every call sets", "=== Pagination"));
        Set<String> page = new TreeSet<>(headerNames(lists));
        page.addAll(everyCall);
        Set<String> iterator = new TreeSet<>(headerNames(paginated));
        iterator.addAll(everyCall);
        assertEquals(page, headersOfASearch("&perPage=1"), "headers of a list: documented (left), set (right)");
        assertEquals(iterator, headersOfASearch("&paginate=true"), "headers with paginate=true: documented (left), set (right)");
    }

    private static Set<String> headersOfASearch(String options) throws Exception {
        try (IntercomSandbox sandbox = IntercomSandbox.start(); CamelContext camel = new DefaultCamelContext()) {
            String contactId = sandbox.workspace().createContact(Map.of("email", "ada@example.com")).get("id").asText();
            sandbox.workspace().createConversation(contactId, "Where is my order?");
            sandbox.workspace().createConversation(contactId, "Where is my invoice?");
            sandbox.configure(camel);
            camel.start();
            Exchange exchange = camel.createProducerTemplate().request("intercom:conversation?operation=search" + options,
                    e -> e.getMessage().setBody("{\"field\": \"state\", \"operator\": \"=\", \"value\": \"open\"}"));
            if (exchange.getException() != null) {
                throw exchange.getException();
            }
            Set<String> headers = new TreeSet<>(exchange.getMessage().getHeaders().keySet());
            headers.removeIf(name -> !name.startsWith("CamelIntercom"));
            return headers;
        }
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertTrue(start >= 0, "not found: " + from);
        int end = text.indexOf(to, start + from.length());
        assertTrue(end >= 0, "not found after " + from + ": " + to);
        return text.substring(start + from.length(), end);
    }

    private static Set<String> headerNames(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = HEADER_NAME.matcher(text);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }

    private static Set<String> headersTheConsumerSets() throws Exception {
        try (IntercomSandbox sandbox = IntercomSandbox.start(); CamelContext camel = new DefaultCamelContext()) {
            String contactId = sandbox.workspace().createContact(Map.of("email", "ada@example.com")).get("id").asText();
            sandbox.workspace().createConversation(contactId, "Where is my order?");
            sandbox.configure(camel);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("intercom:conversation?startFrom=beginning&initialDelay=0").to("mock:emitted");
                }
            });
            MockEndpoint emitted = camel.getEndpoint("mock:emitted", MockEndpoint.class);
            emitted.expectedMessageCount(1);
            camel.start();
            emitted.assertIsSatisfied();
            Set<String> headers = new TreeSet<>(emitted.getExchanges().get(0).getMessage().getHeaders().keySet());
            headers.removeIf(name -> !name.startsWith("CamelIntercom"));
            return headers;
        }
    }

    @Test
    void everyHeaderNamedInTheDocumentationExists() throws Exception {
        Set<String> unknown = new TreeSet<>();
        for (Path file : PROSE) {
            Matcher m = HEADER_NAME.matcher(read(file));
            while (m.find()) {
                if (!headerConstants().contains(m.group()) && !inputHeaders().contains(m.group())) {
                    unknown.add(file + ": " + m.group());
                }
            }
        }
        assertEquals(Set.of(), unknown, "headers named in the documentation but not in IntercomConstants");
    }

    /** The headers the generated operations take their ids and query parameters from ({@code CamelIntercomArticleId}). */
    private static Set<String> inputHeaders() {
        Set<String> headers = new TreeSet<>();
        for (OperationDefinition def : IntercomOperations.all()) {
            def.pathParams().values().forEach(p -> headers.add(p.header()));
            def.queryParams().values().forEach(p -> headers.add(p.header()));
        }
        return headers;
    }

    @Test
    void everyEndpointOptionIsInTheEndpointTablesWithItsDefaultAndType() throws IOException {
        List<String> tables = section(read(ADOC), "=== Endpoint Options", "=== Message Headers");
        assertEquals(Set.of(), optionProblems(metadata().get("properties"), tables), "endpoint options of " + ADOC);
    }

    @Test
    void everyComponentOptionIsInTheComponentTableWithItsDefaultAndType() throws IOException {
        List<String> table = section(read(ADOC), "=== Component Options", "=== Endpoint Options");
        assertEquals(Set.of(), optionProblems(metadata().get("componentProperties"), table), "component options of " + ADOC);
    }

    private static Set<String> optionProblems(JsonNode options, List<String> table) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : table) {
            Matcher m = ADOC_OPTION_ROW.matcher(line);
            if (m.find()) {
                rows.put(m.group(1), line);
            }
        }
        Set<String> problems = new TreeSet<>();
        options.fields().forEachRemaining(option -> {
            String row = rows.get(option.getKey());
            JsonNode meta = option.getValue();
            if (row == null) {
                problems.add(option.getKey() + ": no row");
                return;
            }
            String[] cells = row.split(" \\| ");
            String defaultValue = meta.has("defaultValue") ? meta.get("defaultValue").asText() : "";
            if (!cells[cells.length - 2].trim().equals(defaultValue)) {
                problems.add(option.getKey() + ": default is '" + defaultValue + "', the row says '" + cells[cells.length - 2].trim() + "'");
            }
            String type = simpleName(meta.get("javaType").asText());
            if (!cells[cells.length - 1].trim().startsWith(type)) {
                problems.add(option.getKey() + ": type is " + type + ", the row says " + cells[cells.length - 1].trim());
            }
            if (meta.path("required").asBoolean() != row.contains("*Required*")) {
                problems.add(option.getKey() + ": required is " + meta.path("required").asBoolean());
            }
        });
        rows.keySet().stream().filter(name -> !options.has(name)).forEach(name -> problems.add(name + ": not an option"));
        return problems;
    }

    private static void checkCall(Set<String> problems, String name, String text, OperationDefinition def) {
        String call = def.method() + " " + def.pathTemplate();
        if (!text.contains("`" + call)) {
            problems.add(name + ": the HTTP call `" + call + "` is not given");
        }
    }

    private static void checkOutput(Set<String> problems, String name, String text, OperationDefinition def) {
        String expected = switch (def.result()) {
            case NONE -> "nothing";
            case LIST -> "List<" + (def.modelClass() == null ? "JsonNode" : def.modelClass().getSimpleName()) + ">";
            case JSON -> "`JsonNode`";
            default -> "`" + def.modelClass().getSimpleName() + "`";
        };
        if (!text.contains(expected)) {
            problems.add(name + ": the output " + expected + " is not given");
        }
    }

    /** The table's operations by {@code resource.operation}, with their variants. */
    private static Map<String, List<OperationDefinition>> operations() {
        Map<String, List<OperationDefinition>> operations = new LinkedHashMap<>();
        for (OperationDefinition def : IntercomOperations.all()) {
            operations.computeIfAbsent(def.fullName(), k -> new ArrayList<>()).add(def);
        }
        return operations;
    }

    /**
     * The rows of the adoc's operation tables by {@code resource.operation}. Rows are separated by blank lines; a row's
     * first line is its operation cell.
     */
    private static Map<String, String> adocOperationRows() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        String resource = null;
        String current = null;
        boolean rowStart = false;
        StringBuilder row = new StringBuilder();
        for (String line : read(ADOC).split("\n")) {
            if (line.startsWith("=") || line.isBlank() || line.equals("|===")) {
                if (current != null) {
                    rows.put(current, row.toString());
                    current = null;
                }
                Matcher heading = ADOC_RESOURCE_HEADING.matcher(line);
                if (heading.find()) {
                    resource = heading.group(1);
                } else if (line.startsWith("=")) {
                    resource = null;
                }
                rowStart = line.isBlank();
                continue;
            }
            Matcher operation = ADOC_OPERATION_ROW.matcher(line);
            if (resource != null && rowStart && operation.find()) {
                current = resource + "." + operation.group(1);
                row.setLength(0);
            }
            rowStart = false;
            if (current != null) {
                row.append(line).append('\n');
            }
        }
        return rows;
    }

    /** The rows of operations.md's table by {@code resource.operation}: the cells without their backticks trimmed. */
    private static Map<String, String[]> operationsMdRows() throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : read(OPERATIONS_MD).split("\n")) {
            String[] cells = line.split(" \\| ");
            if (cells.length == 6 && cells[0].startsWith("| `")) {
                cells[0] = cells[0].substring(2);
                cells[5] = cells[5].endsWith(" |") ? cells[5].substring(0, cells[5].length() - 2) : cells[5];
                rows.put(cells[0].replace("`", "") + "." + cells[1].replace("`", ""), cells);
            }
        }
        return rows;
    }

    private static Set<String> headerConstants() throws IllegalAccessException {
        Set<String> names = new TreeSet<>();
        for (Field field : IntercomConstants.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }

    private static List<String> section(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, start);
        if (start < 0 || end < 0) {
            throw new AssertionError(ADOC + " has no section from '" + from + "' to '" + to + "'");
        }
        return List.of(text.substring(start, end).split("\n"));
    }

    private static String simpleName(String javaType) {
        String raw = javaType.contains("<") ? javaType.substring(0, javaType.indexOf('<')) : javaType;
        return raw.substring(raw.lastIndexOf('.') + 1);
    }

    private static JsonNode metadata() throws IOException {
        return new ObjectMapper().readTree(METADATA.toFile());
    }

    private static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }
}
