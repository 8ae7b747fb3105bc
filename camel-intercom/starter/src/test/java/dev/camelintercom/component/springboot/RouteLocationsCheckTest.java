/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.camelintercom.component.springboot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** A location of {@code camel.main.routes-include-pattern} that matches nothing stops start-up, naming it. */
class RouteLocationsCheckTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, RouteLocationsAutoConfiguration.class));

    @TempDir
    Path dir;

    @Test
    void aLocationWithoutRoutesStopsStartUpNamingIt() {
        runner.withPropertyValues("camel.main.routes-include-pattern=classpath:camel/*.yaml")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessage("camel.main.routes-include-pattern: no route file at classpath:camel/*.yaml. A file "
                                    + "under src/main/resources/routes/ is classpath:routes/..., e.g. "
                                    + "classpath:routes/*.yaml; correct the location or remove it."));
    }

    @Test
    void onlyTheEmptyLocationsAreNamed() throws IOException {
        Files.writeString(dir.resolve("route.yaml"), "- route: {}\n");
        runner.withPropertyValues("camel.main.routes-include-pattern=file:" + dir + "/*.yaml, file:" + dir + "/none/*.yaml,"
                                  + "classpath:routes/missing.yaml")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageStartingWith("camel.main.routes-include-pattern: no route file at file:" + dir
                                                + "/none/*.yaml, classpath:routes/missing.yaml. "));
    }

    @Test
    void locationsWithRoutesStart() throws IOException {
        Files.writeString(dir.resolve("route.yaml"), "- from:\n    uri: direct:from-a-file\n    steps:\n      - log: x\n");
        runner.withPropertyValues("camel.main.routes-include-pattern=file:" + dir + "/*.yaml,classpath:routes/*.yaml")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(RouteLocationsCheck.class));
    }

    @Test
    void camelsDefaultLocationsAreNotChecked() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(RouteLocationsCheck.class));
    }
}
