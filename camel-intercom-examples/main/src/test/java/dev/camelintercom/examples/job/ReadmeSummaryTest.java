package dev.camelintercom.examples.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The summary the README shows under its run command is in the job's own format, with the figures of a demo run. */
class ReadmeSummaryTest {

    @Test
    void readmeShowsASummaryAsTheJobPrintsIt() throws IOException {
        String readme = Files.readString(Path.of("../../README.md"), StandardCharsets.UTF_8);
        JobSummary summary = new JobSummary(true, 206, 200, 6,
                Path.of(".../camel-intercom-examples/main/target/main-job/refused-rows.csv"), 36, 36, 36, 36, 12, 36, 818,
                "counted by the sandbox, polls included; at most 167 per 10 s", 0, Duration.ofMillis(35_600));
        assertTrue(readme.contains(summary.format()), "README.md must show a summary as the job prints it:\n" + summary.format());
    }
}
