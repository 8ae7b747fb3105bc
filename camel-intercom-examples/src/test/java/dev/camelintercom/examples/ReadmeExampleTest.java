package dev.camelintercom.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The routes the README shows are the ones {@link IntercomExampleApplicationTest} runs, character for character.
 */
class ReadmeExampleTest {

    @Test
    void readmeShowsTheTestedYamlRoute() throws IOException {
        String route = read("src/main/resources/routes/close-stale.yaml");
        assertTrue(read("../README.md").contains(route), "README.md must show routes/close-stale.yaml verbatim");
    }

    @Test
    void readmeShowsTheTestedJavaRoute() throws IOException {
        String source = read("src/main/java/dev/camelintercom/examples/ImportLeadsRoute.java");
        String route = source.substring(source.indexOf("public class ImportLeadsRoute"));
        assertTrue(read("../README.md").contains(route), "README.md must show the class ImportLeadsRoute verbatim");
    }

    private static String read(String path) throws IOException {
        return Files.readString(Path.of(path), StandardCharsets.UTF_8);
    }
}
