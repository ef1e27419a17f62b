package org.jointacceptance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import io.quarkus.qute.i18n.Message;
import org.junit.jupiter.api.Test;

/**
 * Quarkus 3.33 generates the lookup of a message bundle with more than 300 messages wrongly: the portal then fails to
 * start with a {@code VerifyError} in the bundle's generated class. Each bundle stays under that; a page family whose
 * words would pass it gets a bundle of its own, as the lead center's did ({@link LeadCenterWords}).
 */
class MessageBundlesTest {

    private static final int MOST_MESSAGES_A_BUNDLE_TAKES = 300;

    @Test
    void every_bundle_holds_fewer_messages_than_the_generated_lookup_takes() {
        for (Class<?> bundle : List.of(Messages.class, LeadCenterWords.class, ProjectWords.class)) {
            long messages = Arrays.stream(bundle.getDeclaredMethods())
                    .filter(method -> method.isAnnotationPresent(Message.class)).count();
            assertThat(messages).as(bundle.getSimpleName() + "'s messages").isPositive()
                    .isLessThan(MOST_MESSAGES_A_BUNDLE_TAKES);
        }
    }
}
