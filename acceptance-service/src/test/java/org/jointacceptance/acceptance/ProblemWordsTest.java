package org.jointacceptance.acceptance;

import java.nio.file.Path;

import org.jointacceptance.apitesting.ProblemCatalogue;
import org.junit.jupiter.api.Test;

/** Every problem this service answers with has its words in English and in Chinese, each in its own script. */
class ProblemWordsTest {

    @Test
    void every_problem_the_service_names_is_worded_in_both_languages_each_in_its_own_script() {
        ProblemCatalogue.check(Path.of("src/main/java"), Path.of("../http-problems/src/main/java"),
                Path.of("../access/src/main/java"));
    }
}
