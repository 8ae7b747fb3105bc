package dev.camelintercom.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The routes the README shows are the ones {@link IntercomExampleApplicationTest} and {@link TriageConversationsTest}
 * run, character for character.
 */
class ReadmeExampleTest {

    @Test
    void readmeShowsTheTestedYamlRoute() throws IOException {
        String route = read("src/main/resources/routes/close-stale.yaml");
        assertTrue(read("../../README.md").contains(route), "README.md must show routes/close-stale.yaml verbatim");
    }

    @Test
    void readmeShowsTheTestedConsumerRoute() throws IOException {
        String route = read("src/main/resources/routes/triage-conversations.yaml");
        assertTrue(read("../../README.md").contains(route), "README.md must show routes/triage-conversations.yaml verbatim");
    }

    @Test
    void readmeShowsTheStateRepositoryAsTheApplicationDeclaresIt() throws IOException {
        Matcher block = Pattern.compile("```properties\n(camel\\.beans\\.intercomState.*?)```", Pattern.DOTALL)
                .matcher(read("../../README.md"));
        assertTrue(block.find(), "README.md must show the intercomState bean");
        List<String> declared = read("src/main/resources/application.properties").lines().toList();
        block.group(1).lines().forEach(line -> assertTrue(declared.contains(line), "not in application.properties: " + line));
    }

    @Test
    void readmeShowsTheTestedJavaRoute() throws IOException {
        String source = read("src/main/java/dev/camelintercom/examples/ImportLeadsRoute.java");
        String route = source.substring(source.indexOf("public class ImportLeadsRoute"));
        assertTrue(read("../../README.md").contains(route), "README.md must show the class ImportLeadsRoute verbatim");
    }

    private static String read(String path) throws IOException {
        return Files.readString(Path.of(path), StandardCharsets.UTF_8);
    }
}
