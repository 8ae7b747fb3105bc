/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.api;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelintercom.component.api.OperationDefinition.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Holds the operation table, the response examples the contract tests answer with, and the model classes to Intercom's
 * API 2.16 description. The description lives beside the project ({@code shared/intercom-api/}), not in it: without it
 * the test is skipped, except on CI, which always has it.
 */
class OpenApiExamplesTest {

    /** {@code <operationId>.json} for 200/201, {@code <operationId>-<status>.json} otherwise: see src/build/extract-examples.py. */
    private static final Pattern EXAMPLE_FILE = Pattern.compile("(.+?)(?:-(\\d{3}))?\\.json");

    private static Path moduleDir;
    private static OpenApiDescription description;

    @BeforeAll
    static void loadDescription() throws IOException, URISyntaxException {
        Path testClasses = Path.of(OpenApiExamplesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        moduleDir = testClasses.getParent().getParent();
        Optional<Path> file = OpenApiDescription.locate(moduleDir);
        description = file.isPresent() ? OpenApiDescription.load(file.get()) : null;
    }

    @BeforeEach
    void requireDescription() {
        if (description == null) {
            String why = "Intercom's description " + OpenApiDescription.LOCATION + " is in no directory above " + moduleDir;
            if ("true".equals(System.getenv("CI"))) {
                fail(why + ", and CI always has it beside the project");
            }
            assumeTrue(false, why + ": the table, the examples and the models are not checked against it");
        }
    }

    @Test
    void everyOperationOfTheTableIsInTheDescription() {
        List<String> missing = IntercomOperations.all().stream()
                .filter(def -> description.operation(def.method(), def.pathTemplate()).isEmpty())
                .map(OperationDefinition::toString).toList();
        assertEquals(List.of(), missing, "table rows whose method and path the 2.16 description does not have");
    }

    @Test
    void everyExampleFileEqualsTheDescription() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(moduleDir.resolve("src/test/resources/examples"))) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no example files");
        for (Path file : files) {
            String name = file.getFileName().toString();
            Matcher m = EXAMPLE_FILE.matcher(name);
            if (!m.matches()) {
                problems.add(name + ": not named <operationId>[-<status>].json");
                continue;
            }
            Optional<JsonNode> expected = description.operationById(m.group(1))
                    .flatMap(op -> extractedExample(op, m.group(2)));
            if (expected.isEmpty()) {
                problems.add(name + ": the description has no such example");
                continue;
            }
            JsonTrees.differences(expected.get(), json.readTree(file.toFile()))
                    .forEach(d -> problems.add(name + " " + d));
        }
        assertEquals(List.of(), problems, "example files that differ from the description (run src/build/extract-examples.py)");
    }

    @Test
    void everySuccessExampleOfATableOperationSurvivesItsModelClass() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (OperationDefinition def : IntercomOperations.all()) {
            // a generated row's examples can contradict its own schema (change_type's ticket_state is a string there)
            if (!def.isHandWritten() || def.result() == Result.NONE) {
                continue;
            }
            Optional<JsonNode> op = description.operation(def.method(), def.pathTemplate());
            if (op.isEmpty()) {
                continue; // reported by everyOperationOfTheTableIsInTheDescription
            }
            for (JsonNode example : OpenApiDescription.examples(op.get(), "200")) {
                for (JsonNode object : objectsOf(def, example, problems)) {
                    problems.addAll(roundTrip(def, object));
                    checked++;
                }
            }
        }
        assertEquals(List.of(), problems, "examples that do not survive parsing into the model class and writing it back");
        assertTrue(checked > 0, "no example was checked");
    }

    /** What the component turns into model objects: the example itself, or the items of its list. */
    private static List<JsonNode> objectsOf(OperationDefinition def, JsonNode example, List<String> problems) {
        boolean list = def.result() == Result.LIST
                       || def.result() == Result.FIRST_OF_LIST && "list".equals(example.path("type").asText());
        if (!list) {
            return List.of(example);
        }
        // the reader takes "data" where the declared array is absent (the recorded answers of a contact's companies)
        JsonNode items = example.has(def.itemsField()) ? example.path(def.itemsField()) : example.path("data");
        if (!items.isArray()) {
            problems.add(def + ": the example has no array " + def.itemsField());
            return List.of();
        }
        List<JsonNode> objects = new ArrayList<>();
        items.forEach(objects::add);
        return objects;
    }

    private static List<String> roundTrip(OperationDefinition def, JsonNode object) {
        ObjectMapper mapper = IntercomJson.mapper();
        String what = def + " " + def.modelClass().getSimpleName() + " " + object.path("id").asText("") + " ";
        try {
            JsonNode written = mapper.valueToTree(mapper.treeToValue(object, def.modelClass()));
            return JsonTrees.informationLost(object, written).stream().map(d -> what + d).toList();
        } catch (IOException | IllegalArgumentException e) {
            return List.of(what + "does not parse: " + e.getMessage());
        }
    }

    /**
     * The example that extract-examples.py writes into a file: the first example of the status; without a status, of
     * 200 or 201, the later one in the description winning as it does in the script.
     */
    private static Optional<JsonNode> extractedExample(JsonNode operation, String status) {
        List<String> statuses = new ArrayList<>();
        operation.path("responses").fieldNames().forEachRemaining(s -> {
            if (status == null ? s.equals("200") || s.equals("201") : s.equals(status)) {
                statuses.add(s);
            }
        });
        JsonNode found = null;
        for (String s : statuses) {
            List<JsonNode> examples = OpenApiDescription.examples(operation, s);
            if (!examples.isEmpty()) {
                found = examples.get(0);
            }
        }
        return Optional.ofNullable(found);
    }
}
