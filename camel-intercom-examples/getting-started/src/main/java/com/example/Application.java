/*
 * Copyright 2026 The camel-intercom Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package com.example;

import org.apache.camel.main.Main;

/** Runs the routes with Camel Main: ImportLeadsRoute, and the YAML routes application.properties names. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) throws Exception {
        newMain().run(args);
    }

    /** The application, not started yet (its test starts it against the sandbox). */
    static Main newMain() {
        Main main = new Main();
        main.configure().addRoutesBuilder(new ImportLeadsRoute());
        return main;
    }
}
