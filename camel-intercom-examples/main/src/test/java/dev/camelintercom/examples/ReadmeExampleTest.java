package dev.camelintercom.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelintercom.examples.job.JobSummary;
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

    /** The run command, and a summary in the job's own format with the figures of a run on the demo workspace. */
    @Test
    void readmeShowsTheRunCommandAndASummaryAsTheJobPrintsIt() throws IOException {
        String readme = read("../../README.md");
        assertTrue(readme.contains("\n    mvn -B -q package -Pmain-job\n"), "README.md must show the run command");
        JobSummary summary = new JobSummary(true, 206, 200, 6,
                Path.of(".../camel-intercom-examples/main/target/main-job/refused-rows.csv"), 36, 36, 36, 36, 12, 36, 818,
                "counted by the sandbox, polls included; at most 167 per 10 s", 0, Duration.ofMillis(35_600));
        assertTrue(readme.contains(summary.format()), "README.md must show a summary as the job prints it:\n" + summary.format());
    }

    private static String read(String path) throws IOException {
        return Files.readString(Path.of(path), StandardCharsets.UTF_8);
    }
}
