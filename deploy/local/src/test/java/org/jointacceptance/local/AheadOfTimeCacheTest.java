package org.jointacceptance.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service starts from its ahead-of-time cache only when the cache was written in full after its last build;
 * otherwise its first instance records one, and the others start without.
 */
class AheadOfTimeCacheTest {

    private static final Instant BUILT = Instant.parse("2026-12-06T08:00:00Z");

    @TempDir
    Path home;

    private Path cache;

    @BeforeEach
    void builtApplication() throws IOException {
        Path jar = home.resolve("department-service/target/quarkus-app/lib/main/library.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "classes");
        Files.setLastModifiedTime(jar, FileTime.from(BUILT));
        cache = home.resolve("department-service/target/aot/department-service.aot");
    }

    @Test
    void without_a_cache_the_first_instance_records_one_and_the_others_start_without() {
        AheadOfTimeCache caches = new AheadOfTimeCache(home, home.resolve("jdk"));

        List<String> first = caches.options("department-service");
        assertThat(first).contains("-XX:AOTCacheOutput=" + cache);
        assertThat(AheadOfTimeCache.records(first)).isTrue();
        assertThat(caches.options("department-service")).isEmpty();
        assertThat(AheadOfTimeCache.records(caches.options("notification-service"))).isTrue();
    }

    @Test
    void a_cache_written_after_the_build_is_used_by_every_instance() throws IOException {
        written(BUILT.plusSeconds(60));
        AheadOfTimeCache caches = new AheadOfTimeCache(home, home.resolve("jdk"));

        List<String> first = caches.options("department-service");
        assertThat(first).contains("-XX:AOTCache=" + cache).doesNotContain("-XX:AOTCacheOutput=" + cache);
        assertThat(AheadOfTimeCache.startsFromCache(first)).isTrue();
        assertThat(caches.options("department-service")).isEqualTo(first);
    }

    @Test
    void a_cache_older_than_the_build_is_recorded_again() throws IOException {
        written(BUILT.minusSeconds(60));

        assertThat(AheadOfTimeCache.records(new AheadOfTimeCache(home, home.resolve("jdk"))
                .options("department-service"))).isTrue();
        assertThat(cache).doesNotExist();
    }

    @Test
    void a_cache_whose_writing_did_not_finish_is_recorded_again() throws IOException {
        written(BUILT.plusSeconds(60));
        Files.writeString(cache.resolveSibling("department-service.aot.config"), "");

        assertThat(AheadOfTimeCache.records(new AheadOfTimeCache(home, home.resolve("jdk"))
                .options("department-service"))).isTrue();
    }

    private void written(Instant when) throws IOException {
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "cache");
        Files.setLastModifiedTime(cache, FileTime.from(when));
    }
}
