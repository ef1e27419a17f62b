package org.jointacceptance.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.jointacceptance.acceptance.intake.UnifiedSocialCreditCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 32100-2015: eighteen characters of 31 symbols, the last a check character over the first seventeen. */
class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = { "91210200MA0QC8K63J", "91210202MA0Y5T2X1U", "912102112412345674" })
    void a_code_with_the_right_check_character_is_valid(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "91210200MA0QC8K63U", "91210200MA0QC8K63", "91210200MA0QC8K63JJ", "91210200MA0QC8KI3J",
            "91210200ma0qc8k63j", "" })
    void a_wrong_check_character_a_wrong_length_or_a_forbidden_symbol_is_not(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
    }
}
