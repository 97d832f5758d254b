package dev.chancery.bench.replay;

import dev.chancery.bench.harness.Results;
import dev.chancery.bench.harness.Settings;

import java.nio.file.Path;

/** What every replay step shares: the run's settings, where its figures go, the broker, and its work folder. */
record ReplayRun(Settings settings, Results results, String bootstrap, Path dir) {
}
