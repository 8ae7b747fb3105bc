/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The operation table is the one place that knows the API's calls: no main class outside it writes an API path, and
 * only the table's rows and the {@code request} escape hatch make requests.
 */
class CatalogueTest {

    private static final Path MAIN = Path.of("src/main/java/dev/camelintercom/component");
    private static final Path TABLE = MAIN.resolve("api/IntercomOperations.java");
    /** A string literal that starts like an API path: {@code "/contacts"}, {@code "/{id}"}. */
    private static final Pattern PATH_LITERAL = Pattern.compile("\"/[A-Za-z_{][^\"]*\"");
    /** A full stop, semicolon or colon that ends a sentence and starts another: {@code ". The"}. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.;:] [A-Z]");
    /** The end of a member's multi-line Javadoc: in IntercomConfiguration only setters had them, repeating the option. */
    private static final Pattern SETTER_JAVADOC = Pattern.compile("^ {4}\\*/$");
    private static final Pattern NEW_REQUEST = Pattern.compile("new IntercomRequest\\(");
    /** The row's own builder, the copy for the next page, and the raw call whose path is the user's. */
    private static final Set<String> MAY_MAKE_REQUESTS = Set.of("OperationDefinition.java", "IntercomRequest.java",
            "OperationRequestBuilder.java", "RawRequestBuilder.java");

    @Test
    void noMainClassOutsideTheTableWritesAnApiPath() throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path file : mainSources()) {
            if (!file.equals(TABLE)) {
                matches(file, PATH_LITERAL, found);
            }
        }
        assertEquals(Set.of(), found, "API paths outside " + TABLE);
    }

    @Test
    void onlyTableRowsAndTheRawCallMakeRequests() throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path file : mainSources()) {
            if (!MAY_MAKE_REQUESTS.contains(file.getFileName().toString())) {
                matches(file, NEW_REQUEST, found);
            }
        }
        assertEquals(Set.of(), found, "requests built by hand instead of from a row of the table");
    }

    /** Each option of the component is described once (no setter Javadoc repeats it), in one sentence. */
    @Test
    void everyOptionOfTheComponentIsDescribedInOneSentence() throws IOException {
        JsonNode metadata = new ObjectMapper().readTree(Path.of(
                "src/generated/resources/META-INF/dev/camelintercom/component/intercom.json").toFile());
        Set<String> long_ = new TreeSet<>();
        for (String level : List.of("componentProperties", "properties")) {
            metadata.get(level).fields().forEachRemaining(option -> {
                String description = option.getValue().get("description").asText();
                if (isOurs(option.getKey(), option.getValue())
                    && (SENTENCE_BREAK.matcher(description).find() || !description.endsWith("."))) {
                    long_.add(level + "." + option.getKey() + ": " + description);
                }
            });
        }
        assertEquals(Set.of(), long_, "option descriptions of more than one sentence (explain in the adoc instead)");
        Set<String> setterDocs = new TreeSet<>();
        matches(MAIN.resolve("IntercomConfiguration.java"), SETTER_JAVADOC, setterDocs);
        assertEquals(Set.of(), setterDocs, "setters that describe their option a second time");
    }

    /** An option this project declares (Camel's own, such as lazyStartProducer, are described by Camel). */
    private static boolean isOurs(String name, JsonNode option) {
        return IntercomConfiguration.class.getName().equals(option.path("configurationClass").asText())
               || declares(IntercomComponent.class, name) || declares(IntercomEndpoint.class, name);
    }

    private static boolean declares(Class<?> type, String field) {
        return Arrays.stream(type.getDeclaredFields()).anyMatch(f -> f.getName().equals(field));
    }

    private static void matches(Path file, Pattern pattern, Set<String> found) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = pattern.matcher(lines.get(i));
            while (m.find()) {
                found.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + m.group());
            }
        }
    }

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
